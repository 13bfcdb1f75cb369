package org.homeward.app.tests;

import org.homeward.tests.ui.driver.Bot;
import org.homeward.tests.ui.driver.BotShell;

/** The "Nouveau dossier" form, filled as a user would; a null value leaves its field untouched. */
final class NewCaseForm {

    final BotShell shell;
    final Bot bot;

    NewCaseForm(BotShell shell) {
        this.shell = shell;
        this.bot = shell.bot();
    }

    NewCaseForm fill(String family, String given, String arabic, String sex, String dateOfBirth, String nationality) {
        set("Nom de famille", family);
        set("Prénom(s)", given);
        set("Nom en arabe", arabic);
        if (sex != null) {
            bot.comboBoxWithLabel("Sexe").setSelection(sex);
        }
        set("Date de naissance", dateOfBirth);
        if (nationality != null) {
            bot.comboBoxWithLabel("Nationalité").setText(nationality);
        }
        return this;
    }

    private void set(String label, String value) {
        if (value != null) {
            bot.textWithLabel(label).setText(value);
        }
    }

    NewCaseForm save() {
        bot.button("Enregistrer").click();
        return this;
    }

    /** Saves and waits for the form to close, which it does once the case is in the database. */
    void saveAndWaitClosed(Bot workbench) {
        save();
        workbench.waitUntil(() -> !shell.isOpen(), "the form to close once the case is saved");
    }
}
