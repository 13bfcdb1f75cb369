package org.homeward.traveldocs.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.ui.Background;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.RequestRow;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.LetterService;
import org.homeward.cases.model.Attachment;
import org.homeward.ui.Documents;
import org.homeward.ui.Scrolling;
import org.homeward.ui.PrivateCopies;
import org.homeward.traveldocs.model.service.ProcedureService;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The editor of one travel-document request: its details (channel, the embassy's reference, the
 * documents sent; saved with File > Save too), its status moves and follow-up day, its letter, the
 * persons with their issued documents and scans, and the correspondence about it.
 */
public class RequestEditorPart {

    private final UISynchronize ui;
    private final MPart part;
    private final MDirtyable dirty;
    private RequestTools tools;
    private Composite parent;
    private ScrolledComposite scroller;
    private Composite body;
    private Label title;
    private Label facts;
    private Label problems;
    private Choice<Channel> channel;
    private Text theirs;
    private Text sent;
    private Combo move;
    private Text date;
    private Text reason;
    private Text followUp;
    private MembersSection members;
    private CorrespondenceLog log;
    private RequestRow row;
    private List<RequestStatus> moves = List.of();
    private boolean showing;

    @Inject
    public RequestEditorPart(UISynchronize ui, MPart part, MDirtyable dirty) {
        this.ui = ui;
        this.part = part;
        this.dirty = dirty;
    }

    private long requestId() {
        return Long.parseLong(part.getPersistedState().get(RequestEditors.REQUEST_ID));
    }

    @PostConstruct
    void createControls(Composite composite) {
        parent = composite;
        GridLayoutFactory.swtDefaults().applyTo(parent);
        Label waiting = new Label(parent, SWT.NONE);
        waiting.setText(Messages.Editor_loading);
        build();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void services(@Service TravelDocService docs, @Service EmbassyService embassies, @Service LetterService letters,
            @Service HouseholdService households, @Service CaseService cases,
            @Service AttachmentService attachments,
            @Service ProcedureService procedures) {
        ui.asyncExec(() -> {
            tools = new RequestTools(docs, embassies, letters, households, cases, attachments, procedures);
            build();
        });
    }

    /** Builds the editor once both the controls' parent and the services are there. */
    private void build() {
        if (parent == null || parent.isDisposed() || tools == null || members != null) {
            return;
        }
        for (var child : parent.getChildren()) {
            child.dispose();
        }
        GridLayoutFactory.fillDefaults().applyTo(parent);
        scroller = Scrolling.view(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        body = new Composite(scroller, SWT.NONE);
        Scrolling.hold(scroller, body);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);
        title = new Label(body, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        facts = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(facts);
        problems = new Label(body, SWT.WRAP);
        problems.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(problems);
        details(body);
        status(body);
        members = new MembersSection(tools, this::changed, this::say);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(members.create(body));
        reload();
    }

    private void details(Composite p) {
        Group g = new Group(p, SWT.NONE);
        g.setText(Messages.Editor_details);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(g);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        new Label(g, SWT.NONE).setText(Messages.Mail_channel);
        channel = new Choice<>(new Combo(g, SWT.READ_ONLY), List.of(Channel.values()), Ui::channel, null);
        new Label(g, SWT.NONE).setText(Messages.Editor_theirReference);
        theirs = new Text(g, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(theirs);
        new Label(g, SWT.NONE).setText(Messages.Editor_documentsSent);
        sent = new Text(g, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 36).applyTo(sent);
        Button save = new Button(g, SWT.PUSH);
        save.setText(Messages.Editor_save);
        save.addListener(SWT.Selection, e -> persist());
        channel.control().addListener(SWT.Selection, e -> edited());
        theirs.addListener(SWT.Modify, e -> edited());
        sent.addListener(SWT.Modify, e -> edited());
    }

    private void status(Composite p) {
        Group g = new Group(p, SWT.NONE);
        g.setText(Messages.Editor_progress);
        GridLayoutFactory.swtDefaults().numColumns(7).applyTo(g);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        new Label(g, SWT.NONE).setText(Messages.Page_move);
        move = new Combo(g, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(move);
        new Label(g, SWT.NONE).setText(Messages.Page_date);
        date = new Text(g, SWT.BORDER);
        date.setText(Ui.day(LocalDate.now()));
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(date);
        reason = new Text(g, SWT.BORDER);
        reason.setMessage(Messages.Page_reasonHint);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(reason);
        button(g, Messages.Page_apply, this::applyMove);
        new Label(g, SWT.NONE).setText(Messages.Editor_followUp);
        followUp = new Text(g, SWT.BORDER);
        followUp.setMessage(Messages.Editor_dateHint);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(followUp);
        button(g, Messages.Page_followUp, this::followUp);
        Composite letters = new Composite(g, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(letters);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(letters);
        button(letters, Messages.Page_letter, this::letter);
        button(letters, Messages.Editor_openLetter, () -> openKept("pdf"));
        button(letters, Messages.Editor_openEditable, () -> openKept("odt"));
    }

    /** The request's actions: enabled once the request is read, so that none is clicked on nothing. */
    private final List<Button> actions = new java.util.ArrayList<>();

    private void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setEnabled(row != null);
        b.addListener(SWT.Selection, e -> action.run());
        actions.add(b);
    }

    private void edited() {
        if (!showing) {
            dirty.setDirty(true);
        }
    }

    private record State(RequestRow row, List<MembersSection.Member> members, Map<Long, String> references,
            String asked) {
    }

    private void reload() {
        long id = requestId();
        Ui.read(parent, () -> {
            Optional<RequestRow> found = tools.docs().request(id, LocalDate.now());
            if (found.isEmpty()) {
                return null;
            }
            List<MembersSection.Member> named = new ArrayList<>();
            Map<Long, Map<Long, Person>> households = new HashMap<>();
            for (RequestMember m : tools.docs().members(id)) { // a household at most
                Person p = households.computeIfAbsent(m.getCaseId(), c -> {
                    Map<Long, Person> byId = new HashMap<>();
                    tools.households().members(c).forEach(x -> byId.put(x.getId(), x));
                    return byId;
                }).get(m.getPersonId());
                String number = tools.cases().find(m.getCaseId()).map(c -> c.getCaseNumber()).orElse("");
                named.add(new MembersSection.Member(m, p == null
                        ? "#" + m.getPersonId()
                        : p.getGivenNames() + " " + p.getFamilyName(), number));
            }
            String asked = tools.procedures().procedure(found.get().request().getCountry()).documents().stream()
                    .sorted().map(ProcedureDialog::document).collect(java.util.stream.Collectors.joining(", "));
            return new State(found.get(), named, Map.of(id, found.get().request().getOurReference()),
                    NLS.bind(Messages.Editor_asked, asked));
        }, this::show);
    }

    private void show(State s) {
        if (s == null) {
            say(Messages.Editor_gone);
            return;
        }
        row = s.row();
        actions.forEach(b -> b.setEnabled(true));
        var r = row.request();
        title.setText(r.getOurReference() + " \u2014 " + Ui.embassy(row.embassy()));
        facts.setText(NLS.bind(Messages.Editor_facts, new Object[]{Ui.status(r.getStatus())
                + (r.getStatusReason() == null ? "" : " (" + r.getStatusReason() + ")"), Ui.day(r.getSentOn()),
                Ui.day(row.answerDue()), row.ageDays(), row.persons()})
                + (row.overdue() ? " " + Messages.Editor_late : ""));
        if (!dirty.isDirty()) {
            showing = true;
            channel.select(r.getChannel());
            theirs.setText(r.getTheirReference() == null ? "" : r.getTheirReference());
            sent.setText(r.getDocumentsSent() == null ? "" : r.getDocumentsSent());
            showing = false;
        }
        sent.setMessage(s.asked());
        followUp.setText(Ui.day(r.getFollowUpOn()));
        moves = r.getStatus().next().stream().filter(x -> x != RequestStatus.ISSUED).toList();
        move.setItems(moves.stream().map(Ui::status).toArray(String[]::new));
        if (!moves.isEmpty()) {
            move.select(0);
        }
        members.show(s.members());
        if (log == null) {
            log = new CorrespondenceLog(tools.embassies(), tools.attachments(), r.getEmbassyId(), r.getId(),
                    s.references());
            GridDataFactory.fillDefaults().grab(true, true).applyTo(log.create(body));
        }
        part.setLabel(r.getOurReference());
        relayout();
    }

    /** Lays the editor out again; it scrolls when the part is smaller than its content. */
    private void relayout() {
        parent.layout(true, true);
        Scrolling.refit(body);
    }

    /** After an act on the request: reload it, and tell the case screens. */
    private void changed() {
        reload();
    }

    private void say(String message) {
        problems.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problems.setText(message == null ? "" : message);
        relayout();
    }

    private void applyMove() {
        int m = move.getSelectionIndex();
        Optional<LocalDate> on = Ui.parse(date.getText());
        if (row == null || m < 0 || m >= moves.size()) {
            say(Messages.Editor_noMove);
            return;
        }
        if (on.isEmpty()) {
            say(Messages.Page_badDate);
            return;
        }
        RequestStatus to = moves.get(m);
        String why = reason.getText();
        var r = row.request();
        Ui.run(parent, () -> tools.docs().changeStatus(r.getId(), r.getVersion(), to, on.get(), why), done -> {
            say("");
            reason.setText("");
            changed();
        }, this::say);
    }

    /** The follow-up field is the day to chase the embassy; empty clears it. */
    private void followUp() {
        Optional<LocalDate> on = Ui.parse(followUp.getText());
        if (row == null || on.isEmpty() && !followUp.getText().isBlank()) {
            say(Messages.Page_badDate);
            return;
        }
        var r = row.request();
        Ui.run(parent, () -> tools.docs().setFollowUp(r.getId(), r.getVersion(), on.orElse(null)), done -> {
            say("");
            changed();
        }, this::say);
    }

    /**
     * Generates the letter (kept in each case's file as the request letter's next version), then opens
     * its PDF.
     */
    private void letter() {
        if (row == null) {
            return;
        }
        long id = row.request().getId();
        Ui.run(parent, () -> {
            try {
                return tools.letters().requestLetter(id, PrivateCopies.ofWorkstation().folder());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, written -> {
            say(NLS.bind(Messages.Page_letterKept, written.pdf().getFileName()));
            problems.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            Documents.open(parent, "letter-" + id, written.pdf().getFileName().toString(), () -> read(written.pdf()));
        }, this::say);
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Opens the last version of the request's letter kept in the case file: {@code pdf} or {@code odt}. */
    private void openKept(String extension) {
        if (row == null) {
            return;
        }
        long id = row.request().getId();
        String reference = row.request().getOurReference();
        Ui.read(parent, () -> lastLetter(id, reference, extension), kept -> {
            if (kept == null) {
                say(Messages.Editor_noLetter);
            } else {
                Documents.open(parent, Documents.attachment(kept.getId()), kept.getFileName(),
                        () -> tools.attachments().content(kept.getId()));
            }
        });
    }

    private Attachment lastLetter(long requestId, String reference, String extension) {
        for (RequestMember m : tools.docs().members(requestId)) {
            java.util.Optional<Attachment> last = tools.attachments().attachments(m.getCaseId()).stream()
                    .filter(a -> LetterService.DOCUMENT_TYPE.equals(a.getDocumentType())
                            && reference.equals(a.getSource()) && a.getFileName().endsWith("." + extension))
                    .max(java.util.Comparator.comparingInt(Attachment::getRevision)
                            .thenComparing(Attachment::getAddedAt));
            if (last.isPresent()) {
                return last.get();
            }
        }
        return null;
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        if (members != null && !parent.isDisposed()) {
            reload();
        }
    }

    /** Saves the details (File > Save, Ctrl+S, or the button); a refusal keeps the edits and the mark. */
    @Persist
    void persist() {
        if (row == null || parent.isDisposed() || !dirty.isDirty()) {
            return;
        }
        var r = row.request();
        Channel how = channel.selected() == null ? Channel.LETTER : channel.selected();
        String their = theirs.getText();
        String documents = sent.getText();
        parent.setEnabled(false);
        String problem = Background.modal(parent.getDisplay(),
                () -> tools.docs().updateDetails(r.getId(), r.getVersion(), how, their, documents));
        if (!parent.isDisposed()) {
            parent.setEnabled(true);
        }
        if (problem == null) {
            dirty.setDirty(false);
            say("");
            reload();
        } else {
            say(problem);
        }
    }
}
