package org.homeward.referrals.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.editor.CaseEditorPage;
import org.homeward.referrals.model.Organisation;
import org.homeward.referrals.model.Referral;
import org.homeward.referrals.model.service.ReferralService;
import org.homeward.ui.Background;
import org.homeward.ui.Rows;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The referrals page of the case editor: the case's referrals, and referring a person. */
@Component(service = CaseEditorPage.class)
public class ReferralsPage implements CaseEditorPage {

    @Reference
    private ReferralService referrals;

    @Reference
    private HouseholdService households;

    @Override
    public String title() {
        return Messages.Page_title;
    }

    @Override
    public int rank() {
        return 50;
    }

    @Override
    public Control create(Composite parent, CaseEditorContext context) {
        return new View(context).create(parent);
    }

    /** What the page shows of one case. */
    private final class View {

        private final CaseEditorContext context;
        private Table table;
        private Label count;
        private Rows<Line> rows;

        View(CaseEditorContext context) {
            this.context = context;
        }

        Composite create(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(1).applyTo(page);
            count = new Label(page, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
            // the actions two by two, so that the page fits beside the editor's list of pages
            Composite actions = new Composite(page, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(actions);
            action(actions, Messages.Page_refer, this::refer);
            action(actions, Messages.Page_followUp, this::followUp);
            action(actions, Messages.Page_newOrganisation, () -> {
                if (new OrganisationDialog(context.shell(), referrals).open() == Window.OK) {
                    reload();
                }
            });
            action(actions, Messages.Page_editOrganisation, this::editOrganisation);
            rows = new Rows<>(page, SWT.BORDER | SWT.FULL_SELECTION, List.of(
                    new Rows.Column<>(Messages.Column_person, 150, Line::person),
                    new Rows.Column<>(Messages.Column_organisation, 170, Line::organisation),
                    new Rows.Column<>(Messages.Column_referredOn, 100, l -> Labels.date(l.referral().getReferredOn())),
                    new Rows.Column<>(Messages.Column_status, 90, l -> Labels.status(l.referral().getStatus())),
                    new Rows.Column<>(Messages.Column_nextFollowUp, 100,
                            l -> Labels.date(l.referral().getNextFollowUp())),
                    new Rows.Column<>(Messages.Column_reason, 220, l -> l.referral().getReason())));
            table = rows.table();
            GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(table);
            rows.viewer().addDoubleClickListener(e -> followUp());
            reload();
            return page;
        }

        private static void action(Composite parent, String text, Runnable run) {
            Button b = new Button(parent, SWT.PUSH);
            b.setText(text);
            GridDataFactory.fillDefaults().applyTo(b);
            b.addListener(SWT.Selection, e -> run.run());
        }

        /** A referral with the names of its person and organisation. */
        private record Line(Referral referral, String person, String organisation) {
        }

        /** What the page shows: the household, the active directory and the case's referrals. */
        private record State(List<Person> members, List<Organisation> directory, List<Referral> list) {
        }

        /** Reads the household and the directory as they are now, then opens the referral form. */
        private void refer() {
            long caseId = context.caseId();
            Background.read(Messages.FollowUps_job, table,
                    () -> new State(households.members(caseId), referrals.organisations(), List.of()), state -> {
                        if (new ReferDialog(context.shell(), caseId, state.members(), state.directory(), referrals)
                                .open() == Window.OK) {
                            reload();
                        }
                    });
        }

        /** Records a follow-up of the chosen referral: a note, the next date, the outcome. */
        private void followUp() {
            Line chosen = rows.selected();
            if (chosen == null) {
                count.setText(Messages.Page_chooseFirst);
                count.getParent().layout();
                return;
            }
            String who = chosen.person() + " \u2192 " + chosen.organisation();
            if (new FollowUpDialog(context.shell(), chosen.referral(), who, referrals).open() == Window.OK) {
                reload();
                context.caseChanged();
            }
        }

        /** Reads the whole directory in the background, then lets the user choose and edit one. */
        private void editOrganisation() {
            Background.read(Messages.Organisation_job, table, referrals::allOrganisations, all -> {
                if (new OrganisationDialog(context.shell(), referrals, all).open() == Window.OK) {
                    reload();
                }
            });
        }

        void reload() {
            long caseId = context.caseId();
            Background.read(Messages.FollowUps_job, table, () -> new State(households.members(caseId),
                    referrals.organisations(), referrals.referrals(caseId)),
                    state -> show(state.members(), state.directory(), state.list()));
        }

        private void show(List<Person> members, List<Organisation> directory, List<Referral> list) {
            if (table.isDisposed()) {
                return;
            }
            Map<Long, String> names = new HashMap<>();
            members.forEach(p -> names.put(p.getId(), p.getGivenNames() + " " + p.getFamilyName()));
            Map<Long, String> orgs = new HashMap<>();
            directory.forEach(o -> orgs.put(o.getId(), o.getName()));
            rows.show(list.stream().map(r -> new Line(r, names.getOrDefault(r.getPersonId(), ""),
                    orgs.getOrDefault(r.getOrganisationId(), ""))).toList());
            count.setText(NLS.bind(Messages.Page_count, list.size()));
            count.getParent().layout();
        }
    }
}
