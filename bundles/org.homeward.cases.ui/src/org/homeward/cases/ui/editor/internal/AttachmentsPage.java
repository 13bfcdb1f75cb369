package org.homeward.cases.ui.editor.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.ui.Documents;
import org.homeward.ui.Rows;
import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.internal.Days;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/**
 * The attachments page: scans stored with the case (type, date, file), attaching a file chosen on
 * disk, opening one with the system viewer, removing one added by mistake.
 */
final class AttachmentsPage {

    private final CaseEditorContext context;
    private final AttachmentService attachments;
    private Choice<AttachmentKind> kind;
    private Text date;
    private Text file;
    private Button attach;
    private Label problems;
    private Label count;
    private Table table;
    private Rows<Attachment> files;

    AttachmentsPage(CaseEditorContext context, AttachmentService attachments) {
        this.context = context;
        this.attachments = attachments;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.Attach_kind);
        kind = new Choice<>(new Combo(page, SWT.READ_ONLY),
                java.util.Arrays.stream(AttachmentKind.values()).filter(k -> k != AttachmentKind.GENERATED).toList(),
                Labels::attachmentKind,
                null);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(kind.control());
        new Label(page, SWT.NONE).setText(Messages.Attach_date);
        date = new Text(page, SWT.BORDER);
        date.setText(Days.format(LocalDate.now()));
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).span(2, 1).applyTo(date);
        new Label(page, SWT.NONE).setText(Messages.Attach_file);
        file = new Text(page, SWT.BORDER);
        file.setMessage(NLS.bind(Messages.Attach_limits, attachments.maxBytes() / (1024 * 1024)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.Attach_browse);
        browse.addListener(SWT.Selection, e -> browse());
        new Label(page, SWT.NONE);
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        attach = button(buttons, Messages.Attach_add);
        attach.addListener(SWT.Selection, e -> attach());
        button(buttons, Messages.Attach_open).addListener(SWT.Selection, e -> open());
        button(buttons, Messages.Attach_saveAs).addListener(SWT.Selection, e -> saveAs());
        button(buttons, Messages.Attach_remove).addListener(SWT.Selection, e -> remove());
        problems = new Label(page, SWT.WRAP);
        problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(problems);
        count = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(count);
        files = new Rows<Attachment>(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE, List.of(
                new Rows.Column<>(Messages.Column_attachmentDate, 100, a -> Days.format(a.getDocumentDate())),
                new Rows.Column<>(Messages.Column_attachmentKind, 300, AttachmentsPage::what),
                new Rows.Column<>(Messages.Column_fileName, 260, Attachment::getFileName),
                new Rows.Column<>(Messages.Column_size, 90, a -> kilobytes(a.getSize())),
                new Rows.Column<>(Messages.Column_addedBy, 120, Attachment::getAddedBy))).keyedBy(Attachment::getId);
        table = files.table();
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(300, 200).applyTo(table);
        files.viewer().addDoubleClickListener(e -> open());
        context.onChange(this::reload);
        reload();
        return page;
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        return b;
    }

    private void reload() {
        EditorWork.load(Messages.Editor_job, table, () -> attachments.attachments(context.caseId()),
                list -> {
                    files.show(list); // one case's scans: a few dozen at most
                    count.setText(NLS.bind(Messages.Attach_count, list.size()));
                    count.getParent().layout(true, true);
                });
    }

    /** A scan's kind; a generated document's title, language and revision. */
    private static String what(Attachment a) {
        if (a.getKind() != AttachmentKind.GENERATED) {
            return Labels.attachmentKind(a.getKind());
        }
        String what = NLS.bind(Messages.Attach_generated, new Object[]{a.getTitle(), Labels.language(a.getLanguage()),
                a.getRevision()});
        return a.getSentOn() == null ? what : NLS.bind(Messages.Attach_sent, what, Days.format(a.getSentOn()));
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " Ko";
    }

    private void browse() {
        FileDialog dialog = new FileDialog(context.shell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[]{"*.pdf;*.jpg;*.jpeg;*.png;*.tif;*.tiff", "*.*"});
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void attach() {
        Optional<LocalDate> day = Days.parse(date.getText());
        if (day.isEmpty()) {
            show(Messages.Attach_badDate);
            return;
        }
        AttachmentKind chosen = kind.selected();
        Path path = Path.of(file.getText().strip());
        long id = context.caseId();
        EditorWork.save(context, Messages.Attach_job, attach,
                () -> attachments.attach(id, chosen, day.get(), path), problem -> {
                    show(problem);
                    if (problem == null) {
                        file.setText("");
                        reload();
                    }
                });
    }

    private void show(String problem) {
        problems.setText(problem == null ? "" : problem);
        problems.getParent().layout(true, true);
    }

    private Attachment selected() {
        return files.selected();
    }

    /** Opens the chosen document in the system's program for its type (a private copy, deleted at exit). */
    private void open() {
        Attachment a = selected();
        if (a != null) {
            long id = a.getId();
            Documents.open(table, Documents.attachment(id), a.getFileName(), () -> attachments.content(id));
        }
    }

    private void saveAs() {
        Attachment a = selected();
        if (a != null) {
            long id = a.getId();
            Documents.saveAs(table, Documents.attachment(id), a.getFileName(), () -> attachments.content(id));
        }
    }

    private void remove() {
        Attachment a = selected();
        if (a == null) {
            return;
        }
        EditorWork.save(context, Messages.Attach_job, attach, () -> attachments.remove(a.getId(), a.getVersion()),
                problem -> {
                    show(problem);
                    reload();
                });
    }
}
