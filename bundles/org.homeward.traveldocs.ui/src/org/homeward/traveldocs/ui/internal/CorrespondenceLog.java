package org.homeward.traveldocs.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.homeward.ui.Documents;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.ui.Rows;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.Correspondence;
import org.homeward.traveldocs.model.service.EmbassyService;

/**
 * The correspondence with an embassy, about one request or all of them: the log, newest first (a
 * double click opens its file), and a form to record a letter, e-mail, call or visit. A file can be
 * joined to the correspondence of a request; it is filed with the request's case.
 */
final class CorrespondenceLog {

    private final EmbassyService embassies;
    private final AttachmentService attachments;
    private final long embassyId;
    private final Long requestId;
    private final Map<Long, String> references;
    private Choice<Correspondence.Direction> direction;
    private Choice<Channel> channel;
    private Text date;
    private Text summary;
    private Text file;
    private Table log;
    private Label told;
    private Rows<Correspondence> entries;

    /**
     * @param requestId the request, or null for the whole embassy
     * @param references our references of the embassy's requests, shown when {@code requestId} is null
     */
    CorrespondenceLog(EmbassyService embassies, AttachmentService attachments, long embassyId, Long requestId,
            Map<Long, String> references) {
        this.embassies = embassies;
        this.attachments = attachments;
        this.embassyId = embassyId;
        this.requestId = requestId;
        this.references = references;
    }

    Group create(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Mail_group);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
        new Label(group, SWT.NONE).setText(Messages.Mail_direction);
        direction = new Choice<>(new Combo(group, SWT.READ_ONLY), List.of(Correspondence.Direction.values()),
                Ui::direction, null);
        direction.select(Correspondence.Direction.OUTGOING);
        new Label(group, SWT.NONE).setText(Messages.Mail_channel);
        channel = new Choice<>(new Combo(group, SWT.READ_ONLY), List.of(Channel.values()), Ui::channel, null);
        channel.select(Channel.LETTER);
        new Label(group, SWT.NONE).setText(Messages.Mail_date);
        date = new Text(group, SWT.BORDER);
        date.setText(Ui.day(LocalDate.now()));
        GridDataFactory.fillDefaults().hint(110, SWT.DEFAULT).span(3, 1).applyTo(date);
        new Label(group, SWT.NONE).setText(Messages.Mail_summary);
        summary = new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(360, 40).applyTo(summary);
        if (requestId != null) {
            new Label(group, SWT.NONE).setText(Messages.Mail_file);
            file = new Text(group, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(file);
            Button browse = new Button(group, SWT.PUSH);
            browse.setText(Messages.Mail_browse);
            browse.addListener(SWT.Selection, e -> {
                String chosen = new FileDialog(group.getShell(), SWT.OPEN).open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
        }
        Button add = new Button(group, SWT.PUSH);
        add.setText(Messages.Mail_record);
        add.addListener(SWT.Selection, e -> record());
        told = new Label(group, SWT.WRAP);
        told.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(told);
        entries = new Rows<>(group, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Mail_date, 90, c -> Ui.day(c.getOn())),
                new Rows.Column<>(Messages.Mail_direction, 70, c -> Ui.direction(c.getDirection())),
                new Rows.Column<>(Messages.Mail_channel, 80, c -> Ui.channel(c.getChannel())),
                new Rows.Column<>(Messages.Mail_summary, 340, Correspondence::getSummary),
                new Rows.Column<>(Messages.Mail_attached, 60, c -> c.getAttachmentId() == null ? "" : Messages.Yes),
                new Rows.Column<>(Messages.Column_reference, requestId == null ? 120 : 0,
                        c -> c.getRequestId() == null ? "" : references.getOrDefault(c.getRequestId(), ""))));
        log = entries.table();
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 120).applyTo(log);
        entries.viewer().addDoubleClickListener(e -> openFile());
        reload();
        return group;
    }

    void reload() {
        Ui.read(log, () -> embassies.correspondence(embassyId, requestId), this::show);
    }

    private void show(List<Correspondence> list) {
        entries.show(list); // one embassy's exchanges: a few hundred at most
    }

    private void record() {
        Optional<LocalDate> on = Ui.parse(date.getText());
        if (on.isEmpty()) {
            say(Messages.Page_badDate);
            return;
        }
        Correspondence.Direction way = direction.selected();
        Channel how = channel.selected();
        String text = summary.getText();
        Path attached = file == null || file.getText().isBlank() ? null : Path.of(file.getText().strip());
        Ui.run(log, () -> embassies.record(embassyId, requestId, way, how, on.get(), text, attached), saved -> {
            say("");
            summary.setText("");
            if (file != null) {
                file.setText("");
            }
            reload();
        }, this::say);
    }

    private void say(String message) {
        told.setText(message);
        told.getParent().layout(true, true);
    }

    /** Opens the file of the chosen exchange with the system viewer, from a private copy. */
    private void openFile() {
        Correspondence chosen = entries.selected();
        if (chosen == null || chosen.getAttachmentId() == null) {
            return;
        }
        long id = chosen.getAttachmentId();
        Ui.read(log, () -> attachments.find(id).map(a -> a.getFileName()).orElse("correspondance-" + id),
                name -> Documents.open(log, Documents.attachment(id), name, () -> attachments.content(id)));
    }
}
