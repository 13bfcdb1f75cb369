package org.homeward.cases.ui.editor.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.cases.model.Eligibility;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.service.EligibilityService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.internal.Messages;

/** The eligibility page: the checklist and the programme officer's decision, with its reason. */
final class EligibilityPage {

    private static final List<EligibilityDecision> DECISIONS = List.of(EligibilityDecision.PENDING,
            EligibilityDecision.ELIGIBLE, EligibilityDecision.NOT_ELIGIBLE);

    private static String label(EligibilityDecision d) {
        return switch (d) {
            case PENDING -> Messages.Eligibility_PENDING;
            case ELIGIBLE -> Messages.Eligibility_ELIGIBLE;
            case NOT_ELIGIBLE -> Messages.Eligibility_NOT_ELIGIBLE;
        };
    }

    private final CaseEditorContext context;
    private final EligibilityService eligibility;
    private Label state;
    private Button voluntary;
    private Button irregular;
    private Button notAssisted;
    private Button informed;
    private Choice<EligibilityDecision> decision;
    private Text reason;
    private Button save;
    private Label problems;
    private Eligibility current;

    EligibilityPage(CaseEditorContext context, EligibilityService eligibility) {
        this.context = context;
        this.eligibility = eligibility;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        state = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(state);
        voluntary = check(page, Messages.Eligibility_voluntary);
        irregular = check(page, Messages.Eligibility_irregular);
        notAssisted = check(page, Messages.Eligibility_notAssisted);
        informed = check(page, Messages.Eligibility_informed);
        new Label(page, SWT.NONE).setText(Messages.Eligibility_decision);
        decision = new Choice<>(new Combo(page, SWT.READ_ONLY), DECISIONS, EligibilityPage::label, null);
        decision.select(EligibilityDecision.PENDING);
        new Label(page, SWT.NONE).setText(Messages.Eligibility_reason);
        reason = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 50).applyTo(reason);
        save = new Button(page, SWT.PUSH);
        save.setText(Messages.Eligibility_save);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(save);
        save.addListener(SWT.Selection, e -> save());
        problems = new Label(page, SWT.WRAP);
        problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(problems);
        context.onChange(this::reload);
        reload();
        return page;
    }

    private static Button check(Composite page, String text) {
        Button b = new Button(page, SWT.CHECK);
        b.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(b);
        return b;
    }

    private void reload() {
        allowForRole();
        EditorWork.load(Messages.Editor_job, state, () -> eligibility.eligibility(context.caseId()),
                this::show);
    }

    /** The form is disabled, with the reason shown, for a user whose role may not decide. */
    private void allowForRole() {
        java.util.Optional<String> refused = eligibility.whyNotAllowed();
        boolean allowed = refused.isEmpty();
        for (Control c : List.of(voluntary, irregular, notAssisted, informed, decision.control(), reason, save)) {
            c.setEnabled(allowed);
        }
        if (wasAllowed == null || allowed != wasAllowed) {
            problems.setText(refused.orElse(""));
            problems.getParent().layout();
            wasAllowed = allowed;
        }
    }

    /** Whether the form was open to the user when last shown; null before. */
    private Boolean wasAllowed;

    private void show(Optional<Eligibility> found) {
        current = found.orElse(null);
        if (current == null) {
            state.setText(Messages.Eligibility_none);
            return;
        }
        EligibilityCriteria c = current.getCriteria();
        voluntary.setSelection(c.voluntary());
        irregular.setSelection(c.irregularSituation());
        notAssisted.setSelection(c.notPreviouslyAssisted());
        informed.setSelection(c.informedConsent());
        decision.select(current.getDecision());
        reason.setText(current.getReason() == null ? "" : current.getReason());
        state.setText(NLS.bind(Messages.Eligibility_decided, label(current.getDecision()), current.getDecidedBy()));
        state.getParent().layout();
    }

    private void save() {
        EligibilityCriteria criteria = new EligibilityCriteria(voluntary.getSelection(), irregular.getSelection(),
                notAssisted.getSelection(), informed.getSelection());
        EligibilityDecision chosen = decision.selected() == null ? EligibilityDecision.PENDING : decision.selected();
        String why = reason.getText();
        Long expected = current == null ? null : current.getVersion();
        long id = context.caseId();
        EditorWork.save(context, Messages.Eligibility_job, save,
                () -> eligibility.assess(id, criteria, chosen, why, expected), shown -> {
                    context.caseChanged(); // the pages, this one included, read the case again
                    problems.setText(shown == null ? "" : shown);
                    problems.getParent().layout();
                });
    }
}
