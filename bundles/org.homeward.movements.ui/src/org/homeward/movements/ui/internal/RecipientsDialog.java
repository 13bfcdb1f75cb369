package org.homeward.movements.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotifyRecipient;
import org.homeward.movements.model.service.RecipientDirectory;
import org.homeward.ui.Background;
import org.homeward.ui.Choice;
import org.homeward.ui.ProblemLabel;
import org.homeward.ui.Rows;

/**
 * The departures' directory: the organisation's missions in the countries of return and of transit,
 * and the e-mail addresses of the authorities the office plugin declares (listed even before their
 * address is known). One entry at a time is edited below the list.
 */
final class RecipientsDialog extends TitleAreaDialog {

    private static final int NEW = IDialogConstants.CLIENT_ID + 1;
    private static final int SAVE = IDialogConstants.CLIENT_ID + 2;

    private final RecipientDirectory directory;
    /** The authorities declared, as entries to complete (no id) when the directory has none for them. */
    private final List<NotifyRecipient> declared;
    private Rows<NotifyRecipient> rows;
    private Choice<NotificationKind> kind;
    private Text country;
    private Text name;
    private Text email;
    private Text contact;
    private Label told;
    private NotifyRecipient editing;
    private final List<NotifyRecipient> saved;

    /** @param saved the entries as read before opening */
    RecipientsDialog(Shell parent, RecipientDirectory directory, List<NotifyRecipient> saved,
            List<NotifyRecipient> declared) {
        super(parent);
        this.directory = directory;
        this.saved = saved;
        this.declared = declared;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Recipients_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Recipients_title);
        setMessage(Messages.Recipients_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        rows = new Rows<NotifyRecipient>(form, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Recipients_kind, 150, r -> Labels.kind(r.kind())),
                new Rows.Column<>(Messages.Recipients_country, 50, NotifyRecipient::country),
                new Rows.Column<>(Messages.Column_name, 220, NotifyRecipient::name),
                new Rows.Column<>(Messages.Recipients_email, 200,
                        r -> r.email() == null ? Messages.Recipients_missing : r.email())))
                .keyedBy(r -> r.id() == null ? r.key() : r.id());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 180).applyTo(rows.table());
        rows.viewer().addSelectionChangedListener(e -> fill(rows.selected()));
        new Label(form, SWT.NONE).setText(Messages.Recipients_kind);
        kind = new Choice<>(new Combo(form, SWT.READ_ONLY), List.of(NotificationKind.values()), Labels::kind, null);
        country = text(form, Messages.Recipients_country, 60);
        name = text(form, Messages.Column_name, 360);
        email = text(form, Messages.Recipients_email, 360);
        contact = text(form, Messages.Recipients_contact, 360);
        told = ProblemLabel.create(form, 2, 560, 2);
        show(saved);
        fill(null);
        return area;
    }

    private static Text text(Composite form, String label, int width) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(t);
        return t;
    }

    /** The saved entries, then the declared authorities that have none yet. */
    private void show(List<NotifyRecipient> saved) {
        List<NotifyRecipient> all = new ArrayList<>(saved);
        for (NotifyRecipient d : declared) {
            if (saved.stream().noneMatch(s -> s.kind() == NotificationKind.HOST_AUTHORITY
                    && d.key().equals(s.key()))) {
                all.add(d);
            }
        }
        rows.show(all);
    }

    private void fill(NotifyRecipient r) {
        editing = r;
        boolean authority = r != null && r.kind() == NotificationKind.HOST_AUTHORITY;
        kind.select(r == null ? NotificationKind.MISSION_OF_ORIGIN : r.kind());
        kind.control().setEnabled(r == null || r.id() == null && !authority);
        country.setText(r == null || r.country() == null ? "" : r.country());
        name.setText(r == null ? "" : r.name());
        email.setText(r == null || r.email() == null ? "" : r.email());
        contact.setText(r == null || r.contact() == null ? "" : r.contact());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, NEW, Messages.Recipients_new, false);
        createButton(parent, SAVE, Messages.Recipients_save, true);
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Recipients_close, false);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            setReturnCode(OK);
            close();
        } else if (id == NEW) {
            rows.select(null);
            fill(null);
            name.setFocus();
        } else if (id == SAVE) {
            save();
        }
    }

    private void save() {
        NotificationKind k = kind.selected();
        String key = editing != null && editing.kind() == NotificationKind.HOST_AUTHORITY ? editing.key() : null;
        NotifyRecipient entry = new NotifyRecipient(editing == null ? null : editing.id(),
                editing == null ? 0 : editing.version(), k,
                country.getText().strip().toUpperCase(java.util.Locale.ROOT), key, name.getText(), email.getText(),
                contact.getText());
        Background.run(Messages.Recipients_title, rows.table(), () -> {
            NotifyRecipient saved = directory.save(entry);
            return java.util.Map.entry(saved, directory.all());
        }, done -> {
            show(done.getValue());
            rows.select(done.getKey());
            told.setForeground(told.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            told.setText(Messages.Recipients_saved);
            told.getParent().layout();
        }, failure -> {
            told.setForeground(told.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            told.setText(failure.message());
            told.getParent().layout();
        });
    }
}
