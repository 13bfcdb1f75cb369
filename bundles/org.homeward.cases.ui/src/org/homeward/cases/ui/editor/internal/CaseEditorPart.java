package org.homeward.cases.ui.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseMergeService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.cases.model.service.SubjectAccessService;
import org.homeward.cases.model.service.EligibilityService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.InterviewService;
import org.homeward.cases.model.service.VulnerabilityService;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.editor.CaseEditorPage;
import org.homeward.cases.ui.editor.CaseEditors;
import org.homeward.cases.ui.editor.EditorForm;
import org.homeward.cases.ui.editor.HistoryVocabulary;
import org.homeward.ui.Background;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The editor of one case: a header (number, principal applicant, status) and pages: the household,
 * the pages other capabilities contribute ({@link CaseEditorPage} services), the history. It is
 * built once the case services are there (after a restart, the database may still be opening).
 */
public class CaseEditorPart implements CaseEditorContext {

    private final UISynchronize ui;
    private final MPart part;
    private Composite parent;
    private Label header;
    private CaseService cases;
    private HouseholdService households;
    private DuplicateService duplicates;
    private volatile SubjectAccessService subjectAccess;
    private CaseWorkflowService workflow;
    private ConsentService consents;
    private VulnerabilityService screening;
    private EligibilityService eligibility;
    private InterviewService interviews;
    private AttachmentService attachments;
    private CaseMergeService merges;
    private HistoryPage history;
    private boolean built;
    private boolean opened;
    private final List<EditorForm> forms = new ArrayList<>();
    private EditorPages pages;
    private List<CaseEditorPage> contributed = List.of();
    private final Map<CaseEditorPage, EditorPages.Page> contributedPages = new LinkedHashMap<>();

    @Inject
    public CaseEditorPart(UISynchronize ui, MPart part) {
        this.ui = ui;
        this.part = part;
    }

    @PostConstruct
    void createControls(Composite composite) {
        parent = composite;
        GridLayoutFactory.swtDefaults().applyTo(parent);
        header = new Label(parent, SWT.NONE);
        header.setFont(JFaceResources.getBannerFont());
        header.setText(Messages.Editor_loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        build();
    }

    /** The subject access report (made by the reporting bundle); none while it is not installed. */
    @Inject
    @Optional
    void setSubjectAccess(@Service SubjectAccessService service) {
        subjectAccess = service;
    }

    @Inject
    @Optional
    void setServices(@Service CaseService caseService, @Service HouseholdService householdService,
            @Service CaseWorkflowService workflowService, @Service ConsentService consentService,
            @Service VulnerabilityService vulnerabilityService, @Service EligibilityService eligibilityService,
            @Service InterviewService interviewService, @Service AttachmentService attachmentService,
            @Optional @Service DuplicateService duplicateService, @Optional @Service CaseMergeService mergeService) {
        ui.asyncExec(() -> {
            cases = caseService;
            households = householdService;
            workflow = workflowService;
            consents = consentService;
            screening = vulnerabilityService;
            eligibility = eligibilityService;
            interviews = interviewService;
            attachments = attachmentService;
            merges = mergeService;
            duplicates = duplicateService;
            build();
        });
    }

    /**
     * The pages other capabilities contribute, as services: injected again when one comes or goes,
     * so that a page installed while the editor is open appears, and a page removed goes.
     */
    @Inject
    @Optional
    void setPages(@Service List<CaseEditorPage> pages) {
        List<CaseEditorPage> copy = pages == null ? List.of() : List.copyOf(pages);
        ui.asyncExec(() -> {
            contributed = copy;
            if (built && !this.pages.isDisposed()) {
                showContributedPages();
            }
        });
    }

    private volatile List<HistoryVocabulary> vocabularies = List.of();

    /** The areas' words for the History page, as services. */
    @Inject
    @Optional
    void setVocabularies(@Service List<HistoryVocabulary> words) {
        vocabularies = words == null ? List.of() : List.copyOf(words);
    }

    /** Adds the pages of new services (in rank order, after the case's own) and removes those of services gone. */
    private void showContributedPages() {
        List<CaseEditorPage> sorted = new ArrayList<>(contributed);
        sorted.sort(Comparator.comparingInt(CaseEditorPage::rank));
        for (CaseEditorPage gone : List.copyOf(contributedPages.keySet())) {
            if (!sorted.contains(gone)) {
                pages.remove(contributedPages.remove(gone));
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            CaseEditorPage page = sorted.get(i);
            if (!contributedPages.containsKey(page)) {
                contributedPages.put(page, pages.add(fixedPages + i, page.title(), view -> page.create(view, this)));
            }
        }
    }

    private int fixedPages;

    private void build() {
        if (built || parent == null || parent.isDisposed() || cases == null || households == null
                || workflow == null || consents == null || screening == null || eligibility == null
                || interviews == null || attachments == null) {
            return;
        }
        built = true;
        pages = new EditorPages(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(pages.control());
        pages.add(Messages.Editor_household, view -> new HouseholdPage(this, households, duplicates,
                () -> subjectAccess).create(view));
        pages.add(Messages.Editor_interviews, view -> new InterviewsPage(this, interviews).create(view));
        pages.add(Messages.Editor_consent, view -> new ConsentPage(this, consents, attachments).create(view));
        pages.add(Messages.Editor_vulnerabilities,
                view -> new VulnerabilityPage(this, households, screening).create(view));
        pages.add(Messages.Editor_eligibility, view -> new EligibilityPage(this, eligibility).create(view));
        pages.add(Messages.Editor_status, view -> new WorkflowPage(this, cases, workflow, merges).create(view));
        fixedPages = pages.size();
        showContributedPages();
        pages.add(Messages.Editor_attachments, view -> new AttachmentsPage(this, attachments).create(view));
        history = new HistoryPage(this, cases, households, () -> vocabularies);
        EditorPages.Page historyPage = pages.add(Messages.Editor_history, history::create);
        pages.onShow(shown -> {
            if (shown == historyPage) { // read the trail again only when it is looked at
                history.reload();
            }
        });
        pages.show(0);
        parent.layout(true, true);
        caseChanged();
    }

    @Override
    public long caseId() {
        return Long.parseLong(part.getPersistedState().get(CaseEditors.CASE_ID));
    }

    @Override
    public String caseNumber() {
        return part.getLabel();
    }

    @Override
    public Shell shell() {
        return parent.getShell();
    }

    @Override
    public UISynchronize ui() {
        return ui;
    }

    /** How many times the case was read for the header; a reading shows only if no later one was asked for. */
    private long readings;

    @Override
    public void caseChanged() {
        if (cases == null) {
            return;
        }
        changeListeners.forEach(Runnable::run);
        boolean first = !opened;
        opened = true; // the first reading opens the file (audited); later ones refresh it
        long reading = ++readings; // reads run in parallel: only the last one asked for is shown
        EditorWork.load(Messages.Editor_job, header, () -> first ? cases.open(caseId()) : cases.find(caseId()),
                found -> found.filter(c -> reading == readings).ifPresent(c -> {
                    header.setText(NLS.bind(Messages.Editor_headerPriority, new Object[]{c.getCaseNumber(),
                            Labels.name(c.getGivenNames(), c.getFamilyName()), Labels.status(c.getStatus()),
                            Labels.priority(c.getPriority())}));
                    part.setLabel(c.getCaseNumber());
                    header.getParent().layout();
                    refit();
                }));
    }

    @Override
    public void register(EditorForm form) {
        forms.add(form);
    }

    @Override
    public void formChanged() {
        part.setDirty(forms.stream().anyMatch(EditorForm::isDirty));
    }

    @Override
    public void save() {
        persist();
    }

    /** The case versions this editor's own saves made: each version saved over, to the one it made. */
    private final Map<Long, Long> ownSteps = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void runSave(EditorForm.Saving save) throws ValidationException, RefusedException, ConflictException {
        CaseService.VersionStep step = cases.tracked(caseId(), save::run);
        if (step.after() == step.before() + 1) {
            ownSteps.put(step.before(), step.after());
        }
    }

    @Override
    public long expectedCaseVersion(long read) {
        long version = read;
        for (Long next = ownSteps.get(version); next != null; next = ownSteps.get(version)) {
            version = next;
        }
        return version;
    }

    /**
     * Saves each dirty form in turn: the form is read on the UI thread, the database is written in a
     * background thread while the UI keeps painting (the editor is disabled meanwhile), and the form
     * is told the outcome. A form with problems stays dirty, the others are saved.
     */
    private final List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** A service changed this case (another screen's work, a background job): header and pages reload. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void changedElsewhere(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        Object id = event.getProperty(CaseEvents.CASE_ID);
        if (built && !parent.isDisposed() && id instanceof Number n && n.longValue() == caseId()) {
            caseChanged();
        }
    }

    @Persist
    void persist() {
        if (!built || parent.isDisposed()) {
            return;
        }
        parent.setEnabled(false);
        try {
            for (EditorForm form : List.copyOf(forms)) {
                if (form.isDirty()) {
                    EditorForm.Saving saving = form.prepare();
                    if (saving != null) {
                        form.saved(Background.modal(parent.getDisplay(), () -> {
                            runSave(saving);
                            return null;
                        }));
                    }
                }
            }
        } finally {
            if (!parent.isDisposed()) {
                parent.setEnabled(true);
            }
        }
        formChanged();
        caseChanged();
    }

    /** After the pages read their data: the scrolled views take the new sizes of their content. */
    private void refit() {
        if (pages != null && !pages.isDisposed()) {
            pages.refit();
        }
    }

    @Focus
    void setFocus() {
        parent.setFocus();
    }
}
