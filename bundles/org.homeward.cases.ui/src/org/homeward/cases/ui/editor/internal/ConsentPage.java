package org.homeward.cases.ui.editor.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.Consent;
import org.homeward.cases.model.Languages;
import org.homeward.ui.Choice;
import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.editor.EditorForm;
import org.homeward.cases.ui.internal.Days;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.ValidationException;

/** The consent page: when and in which language consent was explained, and to whom data may go. */
final class ConsentPage implements EditorForm {

    private final CaseEditorContext context;
    private final ConsentService consents;
    private final Map<Recipient, Button> scopes = new EnumMap<>(Recipient.class);
    private final Map<ConsentDetail, Button> details = new EnumMap<>(ConsentDetail.class);
    private Label state;
    private Label coverage;
    private Text date;
    private Choice<String> language;
    private Button save;
    private Label problems;
    private Consent consent;
    private boolean dirty;
    private boolean filling;

    private final AttachmentService attachments;
    private Label signedForm;

    ConsentPage(CaseEditorContext context, ConsentService consents, AttachmentService attachments) {
        this.context = context;
        this.consents = consents;
        this.attachments = attachments;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        state = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(state);
        coverage = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(coverage);
        signedForm = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(signedForm);
        new Label(page, SWT.NONE).setText(Messages.Consent_date);
        date = new Text(page, SWT.BORDER);
        date.setText(Days.format(LocalDate.now()));
        date.addListener(SWT.Modify, e -> edited());
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(date);
        new Label(page, SWT.NONE).setText(Messages.Consent_language);
        language = new Choice<>(new Combo(page, SWT.READ_ONLY), Languages.CODES,
                code -> Languages.name(code, Locale.getDefault()), null);
        language.select("fr");
        language.control().addListener(SWT.Selection, e -> edited());
        Label scopeLabel = new Label(page, SWT.NONE);
        scopeLabel.setText(Messages.Consent_scopes);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(scopeLabel);
        Composite boxes = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().extendedMargins(12, 0, 0, 0).applyTo(boxes);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(boxes);
        for (Recipient r : Recipient.values()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(recipient(r));
            box.addListener(SWT.Selection, e -> edited());
            scopes.put(r, box);
            if (r == Recipient.MISSION_OF_ORIGIN) {
                for (ConsentDetail d : ConsentDetail.values()) {
                    Button detail = new Button(boxes, SWT.CHECK);
                    detail.setText(d == ConsentDetail.MEDICAL
                            ? Messages.Consent_detailMedical
                            : Messages.Consent_detailVulnerabilities);
                    GridDataFactory.fillDefaults().indent(24, 0).applyTo(detail);
                    detail.addListener(SWT.Selection, e -> edited());
                    details.put(d, detail);
                }
            }
        }
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.Consent_save);
        save.addListener(SWT.Selection, e -> {
            dirty = true; // the button records what the form shows, changed or not
            context.save();
        });
        Button withdraw = new Button(buttons, SWT.PUSH);
        withdraw.setText(Messages.Consent_withdraw);
        withdraw.addListener(SWT.Selection, e -> withdraw());
        problems = new Label(page, SWT.WRAP);
        problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(problems);
        context.register(this);
        context.onChange(this::reload);
        reload();
        return page;
    }

    private void edited() {
        if (!filling) {
            dirty = true;
            context.formChanged();
        }
    }

    static String recipient(Recipient r) {
        return switch (r) {
            case EMBASSY_OF_ORIGIN -> Messages.Recipient_EMBASSY_OF_ORIGIN;
            case MISSION_OF_ORIGIN -> Messages.Recipient_MISSION_OF_ORIGIN;
            case HOST_AUTHORITIES -> Messages.Recipient_HOST_AUTHORITIES;
            case PARTNER_ORGANISATIONS -> Messages.Recipient_PARTNER_ORGANISATIONS;
        };
    }

    private void reload() {
        EditorWork.load(Messages.Editor_job, state, () -> consents.consent(context.caseId()),
                this::show);
        long id = context.caseId();
        EditorWork.load(Messages.Editor_job, coverage, () -> new Coverage(consents.uncovered(id),
                consents.history(id)), this::showCoverage);
        EditorWork.load(Messages.Editor_job, signedForm, () -> attachments.attachments(context.caseId())
                .stream().filter(a -> a.getKind() == AttachmentKind.CONSENT_FORM).findFirst(), form -> {
                    signedForm.setText(form.map(a -> NLS.bind(Messages.Consent_formAttached, new Object[]{
                            a.getFileName(), Days.format(a.getDocumentDate()), a.getAddedBy()}))
                            .orElse(Messages.Consent_formMissing));
                    signedForm.getParent().layout(true, true);
                });
    }

    private void show(Optional<Consent> found) {
        consent = found.orElse(null);
        filling = true;
        if (consent == null) {
            state.setText(Messages.Consent_none);
        } else {
            date.setText(Days.format(consent.getGivenOn()));
            if (Languages.CODES.contains(consent.getLanguage())) {
                language.select(consent.getLanguage());
            }
            scopes.forEach((r, box) -> box.setSelection(consent.getScopes().contains(r)));
            details.forEach((d, box) -> box.setSelection(consent.getSharedDetails().contains(d)));
            state.setText(consent.getWithdrawnOn() != null
                    ? NLS.bind(Messages.Consent_withdrawnGiveAgain, Days.format(consent.getWithdrawnOn()))
                    : NLS.bind(Messages.Consent_given, Days.format(consent.getGivenOn()), consent.getExplainedBy()));
        }
        filling = false;
        state.getParent().layout(true, true);
    }

    /** Who no consent in force covers, and the consents recorded before the last one. */
    private record Coverage(List<String> uncovered, List<Consent> history) {
    }

    private void showCoverage(Coverage c) {
        List<String> lines = new ArrayList<>();
        boolean inForce = !c.history().isEmpty() && c.history().get(0).getWithdrawnOn() == null;
        if (inForce && !c.uncovered().isEmpty()) { // else the state above says no data may go anywhere
            lines.add(NLS.bind(Messages.Consent_uncovered, String.join(", ", c.uncovered())));
        }
        List<String> earlier = c.history().stream().skip(1).map(h -> h.getWithdrawnOn() == null
                ? NLS.bind(Messages.Consent_earlierGiven, Days.format(h.getGivenOn()))
                : NLS.bind(Messages.Consent_earlierWithdrawn, Days.format(h.getGivenOn()),
                        Days.format(h.getWithdrawnOn())))
                .toList();
        if (!earlier.isEmpty()) {
            lines.add(NLS.bind(Messages.Consent_earlier, String.join(" ; ", earlier)));
        }
        coverage.setText(String.join("\n", lines));
        coverage.getParent().layout(true, true);
    }

    private Optional<LocalDate> typedDate() {
        return Days.parse(date.getText());
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public Saving prepare() {
        Optional<LocalDate> on = typedDate();
        if (on.isEmpty()) {
            problems.setText(Messages.Consent_badDate);
            problems.getParent().layout();
            return null;
        }
        Set<Recipient> chosen = EnumSet.noneOf(Recipient.class);
        scopes.forEach((r, box) -> {
            if (box.getSelection()) {
                chosen.add(r);
            }
        });
        Set<ConsentDetail> sensitive = EnumSet.noneOf(ConsentDetail.class);
        details.forEach((d, box) -> {
            if (box.getSelection()) {
                sensitive.add(d);
            }
        });
        ConsentInput input = new ConsentInput(on.get(), language.selected() == null ? "fr" : language.selected(),
                chosen, sensitive, consent == null ? null : consent.getVersion());
        long caseId = context.caseId();
        return () -> consents.record(caseId, input);
    }

    @Override
    public void saved(String problem) {
        problems.setText(problem == null ? "" : problem);
        if (problem == null) {
            dirty = false;
            reload();
        }
        problems.getParent().layout();
    }

    private void withdraw() {
        Optional<LocalDate> on = typedDate();
        run(() -> consents.withdraw(context.caseId(), on.orElse(LocalDate.now())));
    }

    /** Work that may be refused field by field or meet a concurrent change. */
    private interface Work {

        void run() throws ValidationException, ConflictException;
    }

    private void run(Work work) {
        EditorWork.save(context, Messages.Consent_job, save, work::run, shown -> {
            problems.setText(shown == null ? "" : shown);
            if (shown == null) {
                dirty = false;
                context.formChanged();
            }
            context.caseChanged(); // the pages, this one included, read the case again
        });
    }
}
