package org.homeward.traveldocs.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.ui.Rows;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.editor.CaseEditorPage;
import org.homeward.traveldocs.model.Departure;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.RequestRow;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The travel-documents page of the case editor: choosing the persons to present to their embassy,
 * the case's requests (each opens in its own editor), and the planned departure the documents are
 * checked against.
 */
@Component(service = CaseEditorPage.class)
public class TravelDocsPage implements CaseEditorPage {

    @Reference
    private TravelDocService docs;

    @Reference
    private EmbassyService embassies;

    @Reference
    private EventAdmin events;

    @Reference
    private HouseholdService households;

    @Override
    public String title() {
        return Messages.Page_title;
    }

    @Override
    public int rank() {
        return 60;
    }

    @Override
    public Control create(Composite parent, CaseEditorContext context) {
        return new View(context).create(parent);
    }

    /** What the page shows of one case. */
    private final class View {

        private final CaseEditorContext context;
        private Table persons;
        private CheckboxTableViewer checkList;
        private Rows<Person> household;
        private Choice<Embassy> embassy;
        private Table requests;
        private Rows<RequestRow> caseRequests;
        private Text departure;
        private Label problems;
        private long departureVersion;

        View(CaseEditorContext context) {
            this.context = context;
        }

        Composite create(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
            Label intro = new Label(page, SWT.NONE);
            intro.setText(Messages.Page_persons);
            GridDataFactory.fillDefaults().span(4, 1).applyTo(intro);
            checkList = CheckboxTableViewer.newCheckList(page, SWT.BORDER);
            household = new Rows<Person>(checkList, List.of(new Rows.Column<>("", 360,
                    p -> p.getGivenNames() + " " + p.getFamilyName() + " (" + p.getNationality().strip() + ")")))
                    .keyedBy(Person::getId);
            persons = household.table();
            GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, 70).applyTo(persons);
            new Label(page, SWT.NONE).setText(Messages.Page_embassy);
            embassy = new Choice<>(new Combo(page, SWT.READ_ONLY), List.of(), Ui::embassy,
                    null);
            GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(embassy.control());
            new Label(page, SWT.NONE);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(button(page, Messages.Page_request, this::request));
            Color red = page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
            Function<RequestRow, Color> late = r -> r.overdue() ? red : null;
            caseRequests = new Rows<>(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE, List.of(
                    new Rows.Column<>(Messages.Column_reference, 120, r -> r.request().getOurReference(), late),
                    new Rows.Column<>(Messages.Column_embassy, 180,
                            r -> Ui.embassy(r.embassy()), late),
                    new Rows.Column<>(Messages.Column_status, 110, r -> Ui.status(r.request().getStatus()), late),
                    new Rows.Column<>(Messages.Column_persons, 70, r -> String.valueOf(r.persons()), late),
                    new Rows.Column<>(Messages.Column_sentOn, 90, r -> Ui.day(r.request().getSentOn()), late),
                    new Rows.Column<>(Messages.Column_due, 110, r -> Ui.day(r.answerDue()), late),
                    new Rows.Column<>(Messages.Column_overdue, 70, r -> r.overdue() ? Messages.Yes : Messages.No,
                            late),
                    new Rows.Column<>(Messages.Column_followUp, 90, r -> Ui.day(r.request().getFollowUpOn()), late)))
                    .keyedBy(r -> r.request().getId()); // the page reloads on every change: keep the choice
            requests = caseRequests.table();
            GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(300, 100).applyTo(requests);
            caseRequests.viewer().addDoubleClickListener(e -> open());
            button(page, Messages.Page_open, this::open);
            new Label(page, SWT.NONE).setText(Messages.Page_departure);
            departure = new Text(page, SWT.BORDER);
            departure.setMessage(Messages.Editor_dateHint);
            GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(departure);
            button(page, Messages.Page_setDeparture, this::plan);
            problems = new Label(page, SWT.WRAP);
            problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, SWT.DEFAULT).applyTo(problems);
            reload();
            context.onChange(() -> {
                if (!page.isDisposed()) {
                    reload();
                }
            });
            return page;
        }

        private Button button(Composite parent, String text, Runnable action) {
            Button b = new Button(parent, SWT.PUSH);
            b.setText(text);
            b.addListener(SWT.Selection, e -> action.run());
            return b;
        }

        private record State(List<Person> members, List<Embassy> embassies, List<RequestRow> rows,
                Departure departure) {
        }

        void reload() {
            long caseId = context.caseId();
            Ui.read(requests, () -> {
                List<Person> people = households.members(caseId);
                List<Embassy> reps = people.isEmpty()
                        ? List.of()
                        : embassies.of(people.get(0).getNationality().strip());
                return new State(people, reps, docs.requestsOf(caseId, LocalDate.now()),
                        docs.plannedDeparture(caseId));
            }, this::show);
        }

        /**
         * Shows the case's state again, keeping the persons checked and the request chosen: the page
         * reloads on every change to the case, from any screen.
         */
        private void show(State s) {
            java.util.Set<Long> checked = new java.util.HashSet<>();
            for (Object p : checkList.getCheckedElements()) {
                checked.add(((Person) p).getId());
            }
            household.show(s.members()); // a household: a handful
            checkList.setCheckedElements(s.members().stream().filter(p -> checked.contains(p.getId())).toArray());
            embassy.setValues(s.embassies());
            if (!s.embassies().isEmpty()) {
                embassy.select(s.embassies().get(0));
            }
            caseRequests.show(s.rows()); // one case's requests: a few
            departureVersion = s.departure().version();
            departure.setText(Ui.day(s.departure().on()));
            persons.getParent().layout(true, true);
        }

        private void told(String message) {
            problems.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            problems.setText(message == null ? "" : message);
            problems.getParent().layout(true, true);
        }

        private void request() {
            List<Long> chosen = new ArrayList<>();
            for (Object p : checkList.getCheckedElements()) {
                chosen.add(((Person) p).getId());
            }
            Embassy to = embassy.selected();
            if (to == null) {
                return;
            }
            long embassyId = to.getId();
            Ui.run(requests, () -> docs.create(embassyId, chosen, Channel.LETTER), r -> {
                told(null);
                reload();
            }, this::told);
        }

        /** Opens the chosen request in its editor. */
        private void open() {
            RequestRow row = caseRequests.selected();
            if (row == null) {
                told(Messages.Page_chooseRequest);
                return;
            }
            TravelDocRequest r = row.request();
            events.postEvent(new Event(RequestEditors.TOPIC, RequestEditors.event(r.getId(), r.getOurReference())));
        }

        /** The departure field is the planned day of departure; empty clears it. */
        private void plan() {
            Optional<LocalDate> on = Ui.parse(departure.getText());
            if (on.isEmpty() && !departure.getText().isBlank()) {
                told(Messages.Page_badDate);
                return;
            }
            long caseId = context.caseId();
            Ui.run(requests, () -> {
                docs.planDeparture(caseId, departureVersion, on.orElse(null));
                return Boolean.TRUE;
            }, done -> {
                told(NLS.bind(Messages.Page_departureSet, on.map(Ui::day).orElse("—")));
                problems.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
                reload();
                context.caseChanged();
            }, this::told);
        }
    }
}
