package org.homeward.traveldocs.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
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
        private Combo embassy;
        private Table requests;
        private Text departure;
        private Label problems;
        private List<Person> members = List.of();
        private List<Embassy> choices = List.of();
        private List<RequestRow> rows = List.of();
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
            persons = new Table(page, SWT.BORDER | SWT.CHECK);
            GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(SWT.DEFAULT, 70).applyTo(persons);
            new Label(page, SWT.NONE).setText(Messages.Page_embassy);
            embassy = new Combo(page, SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(embassy);
            button(page, Messages.Page_request, this::request);
            requests = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
            requests.setHeaderVisible(true);
            requests.setLinesVisible(true);
            GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(requests);
            String[] headers = {Messages.Column_reference, Messages.Column_embassy, Messages.Column_status,
                    Messages.Column_persons, Messages.Column_sentOn, Messages.Column_due, Messages.Column_overdue,
                    Messages.Column_followUp};
            int[] widths = {120, 180, 110, 70, 90, 110, 70, 90};
            for (int i = 0; i < headers.length; i++) {
                TableColumn c = new TableColumn(requests, SWT.LEFT);
                c.setText(headers[i]);
                c.setWidth(widths[i]);
            }
            requests.addListener(SWT.DefaultSelection, e -> open());
            button(page, Messages.Page_open, this::open);
            new Label(page, SWT.NONE).setText(Messages.Page_departure);
            departure = new Text(page, SWT.BORDER);
            departure.setMessage(Messages.Editor_dateHint);
            GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(departure);
            button(page, Messages.Page_setDeparture, this::plan);
            problems = new Label(page, SWT.WRAP);
            problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(problems);
            reload();
            context.onChange(() -> {
                if (!page.isDisposed()) {
                    reload();
                }
            });
            return page;
        }

        private void button(Composite parent, String text, Runnable action) {
            Button b = new Button(parent, SWT.PUSH);
            b.setText(text);
            b.addListener(SWT.Selection, e -> action.run());
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
            for (int i = 0; i < persons.getItemCount() && i < members.size(); i++) {
                if (persons.getItem(i).getChecked()) {
                    checked.add(members.get(i).getId());
                }
            }
            int chosen = requests.getSelectionIndex();
            Long chosenId = chosen >= 0 && chosen < rows.size() ? rows.get(chosen).request().getId() : null;
            members = s.members();
            persons.removeAll();
            for (Person p : members) { // a household: a handful
                TableItem item = new TableItem(persons, SWT.NONE);
                item.setText(p.getGivenNames() + " " + p.getFamilyName() + " (" + p.getNationality().strip() + ")");
                item.setChecked(checked.contains(p.getId()));
            }
            choices = s.embassies();
            embassy.setItems(choices.stream().map(e -> e.getCity() + " — " + e.getCountry()).toArray(String[]::new));
            if (!choices.isEmpty()) {
                embassy.select(0);
            }
            rows = s.rows();
            requests.removeAll();
            for (RequestRow r : rows) { // one case's requests: a few
                TableItem item = new TableItem(requests, SWT.NONE);
                item.setText(new String[]{r.request().getOurReference(),
                        r.embassy().getCity() + " — " + r.embassy().getCountry(), Ui.status(r.request().getStatus()),
                        String.valueOf(r.persons()), Ui.day(r.request().getSentOn()), Ui.day(r.answerDue()),
                        r.overdue() ? Messages.Yes : Messages.No, Ui.day(r.request().getFollowUpOn())});
                if (r.overdue()) {
                    item.setForeground(requests.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
                if (chosenId != null && chosenId.equals(r.request().getId())) {
                    requests.setSelection(item);
                }
            }
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
            for (int i = 0; i < persons.getItemCount(); i++) {
                if (persons.getItem(i).getChecked()) {
                    chosen.add(members.get(i).getId());
                }
            }
            int e = embassy.getSelectionIndex();
            if (e < 0) {
                return;
            }
            long embassyId = choices.get(e).getId();
            Ui.run(requests, () -> docs.create(embassyId, chosen, Channel.LETTER), r -> {
                told(null);
                reload();
            }, this::told);
        }

        /** Opens the chosen request in its editor. */
        private void open() {
            int i = requests.getSelectionIndex();
            if (i < 0 || i >= rows.size()) {
                told(Messages.Page_chooseRequest);
                return;
            }
            TravelDocRequest r = rows.get(i).request();
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
