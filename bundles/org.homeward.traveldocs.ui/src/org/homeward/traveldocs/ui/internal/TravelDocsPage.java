package org.homeward.traveldocs.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
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
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.RequestRow;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.service.EmbassyService;
import org.homeward.traveldocs.model.service.LetterService;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The travel-documents page of the case editor: choosing the persons to present to their embassy,
 * the case's requests, sending one, writing its letter, recording the documents issued.
 */
@Component(service = CaseEditorPage.class)
public class TravelDocsPage implements CaseEditorPage {

    @Reference
    private TravelDocService docs;

    @Reference
    private EmbassyService embassies;

    @Reference
    private LetterService letters;

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
        private Text date;
        private Label problems;
        private Combo move;
        private Text reason;
        private List<RequestStatus> moves = List.of();
        private List<Person> members = List.of();
        private List<Embassy> choices = List.of();
        private List<RequestRow> rows = List.of();

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
            new Label(page, SWT.NONE).setText(Messages.Page_date);
            date = new Text(page, SWT.BORDER);
            date.setText(Ui.day(LocalDate.now()));
            GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(date);
            Composite buttons = new Composite(page, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
            button(buttons, Messages.Page_send, this::send);
            button(buttons, Messages.Page_letter, this::letter);
            button(buttons, Messages.Page_issued, this::issued);
            button(buttons, Messages.Page_correspondence, () -> selected().ifPresent(
                    r -> new CorrespondenceDialog(context.shell(), embassies, r.request()).open()));
            new Label(page, SWT.NONE).setText(Messages.Page_move);
            move = new Combo(page, SWT.READ_ONLY);
            GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(move);
            reason = new Text(page, SWT.BORDER);
            reason.setMessage(Messages.Page_reasonHint);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
            Composite more = new Composite(page, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(more);
            button(more, Messages.Page_apply, this::applyMove);
            button(more, Messages.Page_followUp, this::followUp);
            requests.addListener(SWT.Selection, e -> offerMoves());
            problems = new Label(page, SWT.WRAP);
            problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(problems);
            reload();
            return page;
        }

        private void button(Composite parent, String text, Runnable action) {
            Button b = new Button(parent, SWT.PUSH);
            b.setText(text);
            b.addListener(SWT.Selection, e -> action.run());
        }

        private record State(List<Person> members, List<Embassy> embassies, List<RequestRow> rows) {
        }

        void reload() {
            long caseId = context.caseId();
            Ui.read(requests, () -> {
                List<Person> people = households.members(caseId);
                List<Embassy> reps = people.isEmpty()
                        ? List.of()
                        : embassies.of(people.get(0).getNationality().strip());
                return new State(people, reps, docs.requestsOf(caseId, LocalDate.now()));
            }, this::show);
        }

        private void show(State s) {
            members = s.members();
            persons.removeAll();
            for (Person p : members) { // a household: a handful
                TableItem item = new TableItem(persons, SWT.NONE);
                item.setText(p.getGivenNames() + " " + p.getFamilyName() + " (" + p.getNationality().strip() + ")");
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
            }
            moves = List.of();
            move.removeAll();
            persons.getParent().layout(true, true);
        }

        /** The moves the selected request can make, in the combo. */
        private void offerMoves() {
            int i = requests.getSelectionIndex();
            moves = i < 0 || i >= rows.size()
                    ? List.of()
                    : rows.get(i).request().getStatus().next().stream()
                            .filter(s -> s != RequestStatus.ISSUED && s != RequestStatus.SENT).toList();
            move.setItems(moves.stream().map(Ui::status).toArray(String[]::new));
            if (!moves.isEmpty()) {
                move.select(0);
            }
        }

        private void applyMove() {
            int m = move.getSelectionIndex();
            Optional<LocalDate> on = Ui.parse(date.getText());
            if (m < 0 || m >= moves.size() || on.isEmpty()) {
                told(m < 0 ? Messages.Page_chooseRequest : Messages.Page_badDate);
                return;
            }
            RequestStatus to = moves.get(m);
            String why = reason.getText();
            selected().ifPresent(r -> Ui.run(requests, () -> docs.changeStatus(r.request().getId(),
                    r.request().getVersion(), to, on.get(), why), done -> {
                        told(null);
                        reason.setText("");
                        reload();
                        context.caseChanged();
                    }, this::told));
        }

        /** The date field is the day to chase the embassy; empty clears it. */
        private void followUp() {
            Optional<LocalDate> on = Ui.parse(date.getText());
            if (on.isEmpty() && !date.getText().isBlank()) {
                told(Messages.Page_badDate);
                return;
            }
            selected().ifPresent(r -> Ui.run(requests, () -> docs.setFollowUp(r.request().getId(),
                    r.request().getVersion(), on.orElse(null)), done -> {
                        told(null);
                        reload();
                    }, this::told));
        }

        private void told(String message) {
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

        private Optional<RequestRow> selected() {
            int i = requests.getSelectionIndex();
            if (i < 0 || i >= rows.size()) {
                told(Messages.Page_chooseRequest);
                return Optional.empty();
            }
            return Optional.of(rows.get(i));
        }

        private void send() {
            Optional<LocalDate> on = Ui.parse(date.getText());
            if (on.isEmpty()) {
                told(Messages.Page_badDate);
                return;
            }
            selected().ifPresent(r -> Ui.run(requests, () -> docs.changeStatus(r.request().getId(),
                    r.request().getVersion(), RequestStatus.SENT, on.get(), null), sent -> {
                        told(null);
                        reload();
                        context.caseChanged();
                    }, this::told));
        }

        private void letter() {
            selected().ifPresent(r -> Ui.run(requests, () -> {
                Path folder;
                try { // only the user may read the letters: they hold personal data
                    folder = Files.createTempDirectory("homeward-letters-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return letters.requestLetter(r.request().getId(), folder);
            }, letter -> {
                told(NLS.bind(Messages.Page_letterWritten, letter.pdf(), letter.odt().getFileName()));
                problems.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
                Program.launch(letter.pdf().toString());
            }, this::told));
        }

        private void issued() {
            selected().ifPresent(r -> {
                Map<Long, String> names = members.stream().collect(Collectors.toMap(Person::getId,
                        p -> p.getGivenNames() + " " + p.getFamilyName()));
                Ui.read(requests, () -> docs.members(r.request().getId()), list -> {
                    List<String> labels = list.stream().map(m -> names.getOrDefault(m.getPersonId(), "#"
                            + m.getPersonId())).toList();
                    if (new IssuedDialog(context.shell(), list, labels, docs).open() == Window.OK) {
                        reload();
                        context.caseChanged();
                    }
                });
            });
        }
    }
}
