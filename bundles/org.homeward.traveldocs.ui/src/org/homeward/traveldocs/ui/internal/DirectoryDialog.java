package org.homeward.traveldocs.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.service.EmbassyService;

/** Edits the embassy directory, one representation at a time. */
final class DirectoryDialog extends TitleAreaDialog {

    private static final int SAVE = IDialogConstants.CLIENT_ID + 1;
    private static final int CORRESPONDENCE = IDialogConstants.CLIENT_ID + 2;

    private final EmbassyService embassies;
    private List<Embassy> all;
    private Combo chooser;
    private Text newCountry;
    private Choice<Embassy.Kind> newKind;
    private Text newCity;
    private Text city;
    private Text address;
    private Text phone;
    private Text email;
    private Text languages;
    private Text reception;
    private Button active;
    private Label told;

    private final AttachmentService attachments;
    private final Map<Long, String> references;

    /** @param references our references of the requests known, to name them in the correspondence */
    DirectoryDialog(Shell parent, EmbassyService embassies, AttachmentService attachments, List<Embassy> all,
            Map<Long, String> references) {
        super(parent);
        this.embassies = embassies;
        this.attachments = attachments;
        this.all = all;
        this.references = references;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Directory_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Directory_title);
        setMessage(Messages.Directory_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        Label adding = new Label(form, SWT.NONE);
        adding.setText(Messages.Directory_new);
        Composite add = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(add);
        newCountry = new Text(add, SWT.BORDER);
        newCountry.setMessage(Messages.Directory_countryHint);
        GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(newCountry);
        newKind = new Choice<>(new Combo(add, SWT.READ_ONLY), List.of(Embassy.Kind.values()), DirectoryDialog::kind,
                null);
        newKind.select(Embassy.Kind.EMBASSY);
        newCity = new Text(add, SWT.BORDER);
        newCity.setMessage(Messages.Directory_city);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(newCity);
        Button create = new Button(add, SWT.PUSH);
        create.setText(Messages.Directory_add);
        create.addListener(SWT.Selection, e -> add());
        new Label(form, SWT.NONE).setText(Messages.Directory_choose);
        chooser = new Combo(form, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser);
        chooser.addListener(SWT.Selection, e -> fill(all.get(chooser.getSelectionIndex())));
        city = text(form, Messages.Directory_city);
        address = text(form, Messages.Directory_address);
        phone = text(form, Messages.Directory_phone);
        email = text(form, Messages.Directory_email);
        languages = text(form, Messages.Directory_languages);
        reception = text(form, Messages.Directory_reception);
        new Label(form, SWT.NONE);
        active = new Button(form, SWT.CHECK);
        active.setText(Messages.Directory_active);
        told = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(told);
        list(0);
        return area;
    }

    static String kind(Embassy.Kind k) {
        return k == Embassy.Kind.CONSULATE ? Messages.Directory_consulate : Messages.Directory_embassy;
    }

    /** Adds a representation (country, kind, city; French until its languages are set) and selects it. */
    private void add() {
        String country = newCountry.getText().strip().toUpperCase(java.util.Locale.ROOT);
        Embassy.Kind k = newKind.selected() == null ? Embassy.Kind.EMBASSY : newKind.selected();
        String where = newCity.getText();
        Ui.run(chooser, () -> {
            Embassy added = embassies.add(country, k, where, "fr");
            List<Embassy> fresh = embassies.embassies();
            return java.util.Map.entry(fresh, fresh.stream().map(Embassy::getId).toList().indexOf(added.getId()));
        }, done -> {
            all = done.getKey();
            list(Math.max(0, done.getValue()));
            newCountry.setText("");
            newCity.setText("");
            told.setForeground(told.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            told.setText(Messages.Directory_added);
        }, message -> {
            told.setForeground(told.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            told.setText(message);
            getShell().layout(true, true);
        });
    }

    private void list(int select) {
        chooser.setItems(all.stream().map(e -> Ui.embassy(e)
                + (e.isActive() ? "" : " " + Messages.Directory_inactive)).toArray(String[]::new));
        if (!all.isEmpty()) {
            chooser.select(select);
            fill(all.get(select));
        }
    }

    private static Text text(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void fill(Embassy e) {
        city.setText(e.getCity());
        address.setText(orEmpty(e.getAddress()));
        phone.setText(orEmpty(e.getPhone()));
        email.setText(orEmpty(e.getEmail()));
        languages.setText(e.getLanguages());
        reception.setText(orEmpty(e.getReception()));
        active.setSelection(e.isActive());
        told.setText("");
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, SAVE, Messages.Directory_save, true);
        createButton(parent, CORRESPONDENCE, Messages.Directory_correspondence, false);
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Directory_close, false);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            setReturnCode(OK);
            close();
            return;
        }
        int index = chooser.getSelectionIndex();
        if (id == CORRESPONDENCE && index >= 0) {
            new CorrespondenceDialog(getShell(), embassies, attachments, all.get(index), references).open();
            return;
        }
        if (id != SAVE || index < 0) {
            return;
        }
        Embassy e = all.get(index);
        String[] typed = {city.getText(), address.getText(), phone.getText(), email.getText(), languages.getText(),
                reception.getText()};
        boolean on = active.getSelection();
        Ui.run(chooser, () -> {
            embassies.update(e.getId(), e.getVersion(), typed[0], typed[1], typed[2], typed[3], typed[4], typed[5], on);
            return embassies.embassies();
        }, fresh -> {
            all = fresh;
            list(index);
            told.setForeground(told.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            told.setText(Messages.Directory_saved);
        }, message -> {
            told.setForeground(told.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            told.setText(message);
            getShell().layout(true, true);
        });
    }
}
