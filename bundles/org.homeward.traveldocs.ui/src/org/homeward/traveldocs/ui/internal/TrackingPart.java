package org.homeward.traveldocs.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.homeward.ui.Rows;
import org.homeward.ui.Scrolling;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.traveldocs.model.DocumentCheck;
import org.homeward.traveldocs.model.DocumentWarning;
import org.homeward.traveldocs.model.RequestRow;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.ProcedureService;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Embassy tracking: open requests by embassy with their age, status and answer due, the late ones in
 * red; the part's title counts late requests and documents to check, so it shows from the main window.
 */
public class TrackingPart {

    /** Days a document must still be valid after the departure (or from today). */
    static final int MARGIN_DAYS = 7;

    private final UISynchronize ui;
    private final MPart part;
    private final IEventBroker broker;
    private TravelDocService docs;
    private EmbassyService embassies;
    private ProcedureService procedures;
    private AttachmentService attachments;
    private Combo filter;
    private Combo country;
    private Table table;
    private Rows<RequestRow> requests;
    private Rows<DocumentWarning> warnings;
    private Label count;
    private State last;
    private org.eclipse.swt.custom.ScrolledComposite view;

    @Inject
    public TrackingPart(UISynchronize ui, MPart part, IEventBroker broker) {
        this.ui = ui;
        this.part = part;
        this.broker = broker;
    }

    @PostConstruct
    void createControls(Composite partArea) {
        // the part scrolls rather than clip its filters and lists on a small screen
        partArea.setLayout(new org.eclipse.swt.layout.FillLayout());
        view = Scrolling.view(partArea);
        Composite parent = new Composite(view, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(7).applyTo(parent);
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.Tracking_intro);
        GridDataFactory.fillDefaults().grab(true, false).span(7, 1).applyTo(intro);
        new Label(parent, SWT.NONE).setText(Messages.Tracking_filter);
        filter = new Combo(parent, SWT.READ_ONLY);
        filter.setItems(Messages.Tracking_all, Messages.Tracking_overdue, Messages.Tracking_expiring);
        filter.select(0);
        filter.addListener(SWT.Selection, e -> show(last));
        new Label(parent, SWT.NONE).setText(Messages.Tracking_nationality);
        country = new Combo(parent, SWT.READ_ONLY);
        country.add(Messages.Tracking_all);
        country.select(0);
        country.addListener(SWT.Selection, e -> show(last));
        Button directory = new Button(parent, SWT.PUSH);
        directory.setText(Messages.Directory_open);
        directory.addListener(SWT.Selection, e -> openDirectory());
        Button rules = new Button(parent, SWT.PUSH);
        rules.setText(Messages.Tracking_procedures);
        rules.addListener(SWT.Selection, e -> openProcedures());
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.Tracking_refresh);
        refresh.addListener(SWT.Selection, e -> reload());
        Color red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        Function<RequestRow, Color> late = r -> needsChasing(r) ? red : null;
        requests = new Rows<>(parent, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_embassy, 150,
                        r -> Ui.embassy(r.embassy()), late),
                new Rows.Column<>(Messages.Column_reference, 120, r -> r.request().getOurReference(), late),
                new Rows.Column<>(Messages.Column_status, 100, r -> Ui.status(r.request().getStatus()), late),
                new Rows.Column<>(Messages.Column_persons, 60, r -> String.valueOf(r.persons()), late),
                new Rows.Column<>(Messages.Column_age, 60, r -> String.valueOf(r.ageDays()), late),
                new Rows.Column<>(Messages.Column_due, 100, r -> Ui.day(r.answerDue()), late),
                new Rows.Column<>(Messages.Column_overdue, 70, r -> r.overdue() ? Messages.Yes : Messages.No, late),
                new Rows.Column<>(Messages.Column_followUp, 90, r -> Ui.day(r.request().getFollowUpOn()), late)))
                .keyedBy(r -> r.request().getId()); // it reloads on every case change: keep the user's choice
        table = requests.table();
        GridDataFactory.fillDefaults().grab(true, true).span(7, 1).hint(300, 120).applyTo(table);
        requests.viewer().addDoubleClickListener(e -> openRequest());
        count = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(7, 1).applyTo(count);
        Label warned = new Label(parent, SWT.NONE);
        warned.setText(Messages.Tracking_warnings);
        GridDataFactory.fillDefaults().span(7, 1).applyTo(warned);
        warnings = new Rows<>(parent, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                new Rows.Column<>(Messages.Column_case, 130, DocumentWarning::caseNumber),
                new Rows.Column<>(Messages.Column_person, 150, DocumentWarning::personName),
                new Rows.Column<>(Messages.Column_problem, 220, w -> problem(w.check().problem())),
                new Rows.Column<>(Messages.Column_expires, 90, w -> Ui.day(w.check().expiresOn())),
                new Rows.Column<>(Messages.Column_departure, 90, w -> Ui.day(w.check().departure()))));
        GridDataFactory.fillDefaults().grab(true, false).span(7, 1).hint(300, 70).applyTo(warnings.table());
        Scrolling.hold(view, parent);
        reload();
    }

    @Inject
    @Optional
    void setService(@Service TravelDocService service) {
        ui.asyncExec(() -> {
            docs = service;
            reload();
        });
    }

    @Inject
    @Optional
    void setDirectory(@Service EmbassyService service, @Service AttachmentService files,
            @Service ProcedureService rules) {
        ui.asyncExec(() -> {
            embassies = service;
            attachments = files;
            procedures = rules;
        });
    }

    private void openDirectory() {
        EmbassyService service = embassies;
        if (service != null && last != null) {
            Map<Long, String> references = last.rows().stream().collect(Collectors.toMap(r -> r.request().getId(),
                    r -> r.request().getOurReference()));
            Ui.read(table, service::embassies, all -> {
                new DirectoryDialog(table.getShell(), service, attachments, all, references).open();
                reload();
            });
        }
    }

    private void openProcedures() {
        EmbassyService service = embassies;
        if (service != null && procedures != null) {
            Ui.read(table, () -> service.embassies().stream().map(e -> e.getCountry()).distinct().sorted().toList(),
                    countries -> new ProcedureDialog(table.getShell(), procedures, countries).open());
        }
    }

    /** Opens the chosen request in its editor. */
    private void openRequest() {
        RequestRow chosen = requests.selected();
        if (chosen != null) {
            var r = chosen.request();
            broker.post(RequestEditors.TOPIC, RequestEditors.event(r.getId(), r.getOurReference()));
        }
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        reload();
    }

    private static String problem(DocumentCheck.Problem p) {
        return switch (p) {
            case NO_VALID_DOCUMENT -> Messages.Problem_NO_VALID_DOCUMENT;
            case EXPIRES_BEFORE_DEPARTURE -> Messages.Problem_EXPIRES_BEFORE_DEPARTURE;
            case EXPIRES_SOON -> Messages.Problem_EXPIRES_SOON;
        };
    }

    private record State(List<RequestRow> rows, List<DocumentWarning> warnings) {
    }

    private void reload() {
        TravelDocService service = docs;
        if (service == null || table == null || table.isDisposed()) {
            return;
        }
        LocalDate today = LocalDate.now();
        Ui.read(table, () -> new State(service.requests(today), service.warnings(today, MARGIN_DAYS)), this::show);
    }

    /** Late, or due a follow-up while the embassy has it. */
    private static boolean needsChasing(RequestRow r) {
        LocalDate chase = r.request().getFollowUpOn();
        return r.overdue() || chase != null && !chase.isAfter(LocalDate.now()) && r.request().getStatus()
                .awaitingEmbassy();
    }

    private void show(State s) {
        if (s == null || table.isDisposed()) {
            return;
        }
        last = s;
        boolean overdueOnly = filter.getSelectionIndex() == 1;
        Set<Long> toCheck = filter.getSelectionIndex() == 2
                ? s.warnings().stream().map(DocumentWarning::caseId).collect(Collectors.toSet())
                : null;
        String chosen = country.getSelectionIndex() <= 0 ? null : country.getText();
        List<String> countries = s.rows().stream().map(r -> r.embassy().getCountry()).distinct().sorted().toList();
        if (!countries.equals(java.util.Arrays.asList(country.getItems()).subList(1, country.getItemCount()))) {
            country.setItems(Messages.Tracking_all);
            countries.forEach(country::add);
            country.select(Math.max(0, countries.indexOf(chosen) + 1));
        }
        long overdue = s.rows().stream().filter(RequestRow::overdue).count();
        // open requests of the office: a few hundred at most
        requests.show(s.rows().stream().filter(r -> !(overdueOnly && !r.overdue()
                || chosen != null && !chosen.equals(r.embassy().getCountry())
                || toCheck != null && r.caseIds().stream().noneMatch(toCheck::contains))).toList());
        warnings.show(s.warnings()); // the office's cases near departure: a short list
        count.setText(NLS.bind(Messages.Tracking_count, new Object[]{s.rows().size(), overdue, s.warnings().size()}));
        Scrolling.refit(count);
        part.setLabel(NLS.bind(Messages.Tracking_label, overdue, s.warnings().size()));
        count.getParent().layout(true, true);
    }
}
