package org.homeward.traveldocs.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.traveldocs.model.Procedure;
import org.homeward.traveldocs.model.RequiredDocument;
import org.homeward.traveldocs.model.service.ProcedureService;

/**
 * Editing the procedure of each country of origin: documents asked for, presentation in person,
 * interpreter, processing time, validity, grouping, fee. Values not yet checked with the embassy are
 * said to be the office's defaults until marked checked.
 */
final class ProcedureDialog extends TitleAreaDialog {

    private static final int SAVE = IDialogConstants.CLIENT_ID + 1;

    private final ProcedureService procedures;
    private final List<String> countries;
    private final Map<RequiredDocument, Button> documents = new EnumMap<>(RequiredDocument.class);
    private Combo country;
    private Button inPerson;
    private Button interpreter;
    private Button grouping;
    private Text processing;
    private Text validity;
    private Text fee;
    private Text currency;
    private Button confirmed;
    private Label told;

    ProcedureDialog(Shell parent, ProcedureService procedures, List<String> countries) {
        super(parent);
        this.procedures = procedures;
        this.countries = countries;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Procedure_shellTitle);
    }

    static String document(RequiredDocument d) {
        return switch (d) {
            case PHOTOS -> Messages.Document_PHOTOS;
            case IDENTITY_DOCUMENT_COPIES -> Messages.Document_IDENTITY_DOCUMENT_COPIES;
            case BIRTH_CERTIFICATE -> Messages.Document_BIRTH_CERTIFICATE;
            case FINGERPRINTS -> Messages.Document_FINGERPRINTS;
            case CONSULAR_CARD -> Messages.Document_CONSULAR_CARD;
            case FORM -> Messages.Document_FORM;
        };
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Procedure_title);
        setMessage(Messages.Procedure_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Procedure_country);
        country = new Combo(form, SWT.READ_ONLY);
        countries.forEach(country::add);
        country.addListener(SWT.Selection, e -> load());
        Label docs = new Label(form, SWT.NONE);
        docs.setText(Messages.Procedure_documents);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(docs);
        Composite boxes = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(boxes);
        for (RequiredDocument d : RequiredDocument.values()) {
            Button b = new Button(boxes, SWT.CHECK);
            b.setText(document(d));
            documents.put(d, b);
        }
        inPerson = check(form, Messages.Procedure_inPerson);
        interpreter = check(form, Messages.Procedure_interpreter);
        grouping = check(form, Messages.Procedure_grouping);
        processing = text(form, Messages.Procedure_processing);
        validity = text(form, Messages.Procedure_validity);
        fee = text(form, Messages.Procedure_fee);
        currency = text(form, Messages.Procedure_currency);
        confirmed = check(form, Messages.Procedure_confirmed);
        told = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).applyTo(told);
        if (!countries.isEmpty()) {
            country.select(0);
            load();
        }
        return area;
    }

    private static Button check(Composite form, String label) {
        new Label(form, SWT.NONE);
        Button b = new Button(form, SWT.CHECK);
        b.setText(label);
        return b;
    }

    private static Text text(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private record Loaded(Procedure procedure, boolean editable) {
    }

    /** The procedure as read for the chosen country: a save goes over it, or is refused when it moved. */
    private Procedure shown;

    private void load() {
        String chosen = country.getText();
        Ui.read(country, () -> new Loaded(procedures.procedure(chosen), procedures.editable(chosen)), loaded -> {
            shown = loaded.procedure();
            fill(loaded.procedure());
            getButton(SAVE).setEnabled(loaded.editable());
            if (!loaded.editable()) {
                say(NLS.bind(Messages.Procedure_fromPlugin, chosen), false);
            }
        });
    }

    private void fill(Procedure p) {
        documents.forEach((d, b) -> b.setSelection(p.documents().contains(d)));
        inPerson.setSelection(p.inPerson());
        interpreter.setSelection(p.interpreter());
        grouping.setSelection(p.grouping());
        processing.setText(String.valueOf(p.processingDays()));
        validity.setText(String.valueOf(p.validityDays()));
        fee.setText(p.fee().toPlainString());
        currency.setText(p.currency() == null ? "" : p.currency());
        confirmed.setSelection(p.confirmed());
        say(p.confirmed() ? "" : Messages.Procedure_unconfirmed, false);
    }

    private void say(String message, boolean good) {
        told.setForeground(told.getDisplay().getSystemColor(good ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        told.setText(message);
        getShell().layout(true, true);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, SAVE, Messages.Procedure_save, true);
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Directory_close, false);
    }

    private static Integer positive(String typed) {
        try {
            int n = Integer.parseInt(typed.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            setReturnCode(OK);
            close();
            return;
        }
        if (id != SAVE || country.getSelectionIndex() < 0) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Integer days = positive(processing.getText());
        Integer valid = positive(validity.getText());
        BigDecimal amount = null;
        if (days == null) {
            problems.add(NLS.bind(Messages.Procedure_notNumber, Messages.Procedure_processing));
        }
        if (valid == null) {
            problems.add(NLS.bind(Messages.Procedure_notNumber, Messages.Procedure_validity));
        }
        try {
            amount = new BigDecimal(fee.getText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(NLS.bind(Messages.Procedure_notAmount, Messages.Procedure_fee));
        }
        if (!problems.isEmpty()) {
            say(String.join("\n", problems), false);
            return;
        }
        Set<RequiredDocument> asked = EnumSet.noneOf(RequiredDocument.class);
        documents.forEach((d, b) -> {
            if (b.getSelection()) {
                asked.add(d);
            }
        });
        Procedure p = new Procedure(country.getText(), asked, inPerson.getSelection(), interpreter.getSelection(),
                days, valid, grouping.getSelection(), amount, currency.getText().strip().toUpperCase(),
                confirmed.getSelection());
        Procedure seen = shown;
        Ui.run(country, () -> {
            procedures.save(seen, p);
            return p;
        }, saved -> {
            shown = saved; // the next save goes over this one
            say(Messages.Procedure_saved, true);
        }, message -> say(message, false));
    }
}
