package org.homeward.traveldocs.core.internal;

import org.homeward.common.security.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.homeward.traveldocs.core.internal.entity.EmbassyEntity;
import org.homeward.traveldocs.core.internal.entity.TravelDocRequestEntity;
import org.homeward.traveldocs.core.internal.entity.RequestMemberEntity;
import org.homeward.traveldocs.core.internal.entity.PlannedDeparture;
import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.common.office.OfficeCalendar;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.homeward.traveldocs.model.Departure;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.DocumentWarning;
import org.homeward.traveldocs.model.Procedure;
import org.homeward.traveldocs.model.RequestMember;
import org.homeward.traveldocs.model.RequestRow;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.TravelDocumentType;
import org.homeward.traveldocs.model.service.ProcedureService;
import org.homeward.traveldocs.model.service.LetterService;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Travel-document requests on JPA. Request changes are audited in their transaction; the case
 * workflow moves go through {@link CaseWorkflowService} once the request change is committed.
 */
@Component(service = TravelDocService.class)
public class TravelDocServiceImpl implements TravelDocService {

    static final String ENTITY = "TravelDocRequest";
    static final String MEMBER = "TravelDocMember";
    /** The statuses in which a case's persons may be presented to their embassy. */
    static final Set<CaseStatus> READY_FOR_DOCUMENTS = java.util.EnumSet.of(CaseStatus.APPROVED,
            CaseStatus.TRAVEL_DOCS_REQUESTED, CaseStatus.TRAVEL_DOCS_OBTAINED, CaseStatus.DEPARTURE_SCHEDULED);

    private final EntityManagerFactory emf;
    private final ProcedureService procedures;
    private final ConsentService consents;
    private final CaseWorkflowService workflow;
    private final CurrentUser user;
    private final Clock clock;
    private final RequestReads reads;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile OfficeCalendar calendar;

    @Activate
    public TravelDocServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "procedures") ProcedureService procedures,
            @Reference(name = "consents") ConsentService consents,
            @Reference(name = "workflow") CaseWorkflowService workflow,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, procedures, consents, workflow, user, Clock.systemDefaultZone());
    }

    TravelDocServiceImpl(EntityManagerFactory emf, ProcedureService procedures, ConsentService consents,
            CaseWorkflowService workflow, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.procedures = procedures;
        this.consents = consents;
        this.workflow = workflow;
        this.user = user;
        this.clock = clock;
        this.reads = new RequestReads(emf, procedures, () -> calendar, () -> cases, () -> households);
    }

    @Reference(name = "attachments")
    private AttachmentService attachments;

    @Reference(name = "cases")
    private CaseService cases;

    @Reference(name = "households")
    private HouseholdService households;

    @Reference(name = "auditing")
    private AuditService auditing;

    /** Sets the case area's services (tests; the framework sets them on the fields). */
    void setCaseServices(CaseService cases, HouseholdService households, AttachmentService attachments,
            AuditService auditing) {
        this.cases = cases;
        this.households = households;
        this.attachments = attachments;
        this.auditing = auditing;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    /** Tells the screens that the cases of a request changed, once the change is committed. */
    private void changed(long requestId) {
        EventAdmin admin = events;
        if (admin != null) {
            for (long caseId : Transactions.read(emf, em -> em.createQuery("SELECT DISTINCT m.caseId FROM"
                    + " RequestMember m WHERE m.requestId = :r", Long.class).setParameter("r", requestId)
                    .getResultList())) {
                Event posted = new Event(CaseEvents.TOPIC_CHANGED, Map.of(CaseEvents.CASE_ID, caseId));
                Transactions.afterCommit(emf, () -> admin.postEvent(posted));
            }
        }
    }

    @Override
    public TravelDocRequestEntity create(long embassyId, List<Long> personIds, Channel channel)
            throws ValidationException {
        user.require(Permission.SHARE_WITH_EMBASSY);
        TravelDocRequestEntity r = createCommitted(embassyId, personIds, channel);
        changed(r.getId());
        return r;
    }

    @Override
    public TravelDocRequestEntity changeStatus(long requestId, long expectedVersion, RequestStatus to, LocalDate on,
            String reason)
            throws ValidationException, RefusedException, ConflictException {
        user.require(Permission.SHARE_WITH_EMBASSY);
        TravelDocRequestEntity r = changeStatusCommitted(requestId, expectedVersion, to, on, reason);
        changed(requestId);
        return r;
    }

    @Override
    public RequestMemberEntity recordIssued(long memberId, TravelDocumentType type, String number, LocalDate issuedOn,
            LocalDate expiresOn)
            throws ValidationException, RefusedException {
        user.require(Permission.EDIT_CASE);
        RequestMemberEntity r = recordIssuedCommitted(memberId, type, number, issuedOn, expiresOn);
        changed(r.getRequestId());
        return r;
    }

    @Override
    public TravelDocRequestEntity setFollowUp(long requestId, long expectedVersion, LocalDate on)
            throws ConflictException {
        user.require(Permission.EDIT_CASE);
        TravelDocRequestEntity r = setFollowUpCommitted(requestId, expectedVersion, on);
        changed(requestId);
        return r;
    }

    @Override
    public TravelDocRequestEntity updateDetails(long requestId, long expectedVersion, Channel channel,
            String theirReference,
            String documentsSent)
            throws ValidationException, ConflictException {
        user.require(Permission.SHARE_WITH_EMBASSY);
        TravelDocRequestEntity r = updateDetailsCommitted(requestId, expectedVersion, channel, theirReference,
                documentsSent);
        changed(requestId);
        return r;
    }

    @Override
    public RequestMemberEntity attachScan(long memberId, java.nio.file.Path file)
            throws ValidationException, RefusedException {
        user.require(Permission.EDIT_CASE);
        RequestMemberEntity r = attachScanCommitted(memberId, file);
        changed(r.getRequestId());
        return r;
    }

    /** Sets the office's calendar (tests; the framework sets it on the field). */
    void setCalendar(OfficeCalendar calendar) {
        this.calendar = calendar;
    }

    private static String name(Person p) {
        return p.getGivenNames() + " " + p.getFamilyName();
    }

    private TravelDocRequestEntity createCommitted(long embassyId, List<Long> personIds, Channel channel)
            throws ValidationException {
        Set<Long> ids = new LinkedHashSet<>(personIds == null ? List.of() : personIds);
        if (ids.isEmpty()) {
            throw new ValidationException(List.of(new FieldProblem(PERSONS, Messages.Request_noPerson)));
        }
        EmbassyEntity embassy = Transactions.read(emf, em -> em.find(EmbassyEntity.class, embassyId));
        if (embassy == null) {
            throw new IllegalArgumentException("no embassy " + embassyId);
        }
        Procedure procedure = procedures.procedure(embassy.getCountry());
        return Transactions.<TravelDocRequestEntity, ValidationException>inTransaction(emf, em -> {
            List<FieldProblem> problems = new ArrayList<>();
            List<Person> persons = new ArrayList<>();
            for (long id : ids) {
                Person p = households.person(id).orElse(null);
                if (p == null) {
                    throw new IllegalArgumentException("no person " + id);
                }
                persons.add(p);
                if (!p.getNationality().strip().equals(embassy.getCountry())) {
                    problems.add(new FieldProblem(PERSONS, NLS.bind(Messages.Request_otherNationality, name(p),
                            java.util.Locale.of("", embassy.getCountry()).getDisplayCountry())));
                }
                List<String> open = em.createQuery("SELECT r.ourReference FROM RequestMember m, TravelDocRequest r"
                        + " WHERE m.requestId = r.id AND m.personId = :p AND r.status NOT IN :closed", String.class)
                        .setParameter("p", id).setParameter("closed",
                                List.of(RequestStatus.REFUSED, RequestStatus.CANCELLED, RequestStatus.COLLECTED))
                        .getResultList();
                if (!open.isEmpty()) {
                    problems.add(
                            new FieldProblem(PERSONS, NLS.bind(Messages.Request_alreadyOpen, name(p), open.get(0))));
                }
            }
            if (persons.size() > 1 && !procedure.grouping()) {
                problems.add(new FieldProblem(PERSONS, NLS.bind(Messages.Request_noGrouping,
                        java.util.Locale.of("", embassy.getCountry()).getDisplayCountry())));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            int year = LocalDate.now(clock).getYear();
            TravelDocRequestEntity r = new TravelDocRequestEntity(embassyId, embassy.getCountry(),
                    channel == null ? Channel.LETTER : channel, RequestReferences.next(em, year), clock.instant(),
                    user.name());
            em.persist(r);
            em.flush();
            AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
            for (Person p : persons) {
                RequestMemberEntity m = new RequestMemberEntity(r.getId(), p.getCaseId(), p.getId());
                em.persist(m);
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("request", r.getOurReference());
                fields.put("embassy", EmbassyServiceImpl.label(embassy));
                fields.put("person", name(p));
                audit.created(p.getCaseId(), ENTITY, r.getId(), fields);
            }
            return r;
        });
    }

    @Override
    public List<RequestMember> members(long requestId) {
        user.require(Permission.READ_CASE);
        return Views.list(reads.members(requestId));
    }

    @Override
    public List<RequestRow> requests(LocalDate today) {
        user.require(Permission.READ_CASE);
        return reads.requests(today);
    }

    @Override
    public List<RequestRow> requestsOf(long caseId, LocalDate today) {
        user.require(Permission.READ_CASE);
        return reads.requestsOf(caseId, today);
    }

    @Override
    public java.util.Optional<RequestRow> request(long requestId, LocalDate today) {
        user.require(Permission.READ_CASE);
        return reads.request(requestId, today);
    }

    @Override
    public List<DocumentWarning> warnings(LocalDate today, int marginDays) {
        user.require(Permission.READ_CASE);
        return reads.warnings(today, marginDays);
    }

    private TravelDocRequestEntity updateDetailsCommitted(long requestId, long expectedVersion, Channel channel,
            String theirReference,
            String documentsSent) throws ValidationException, ConflictException {
        String theirs = theirReference == null || theirReference.isBlank() ? null : theirReference.strip();
        String sent = documentsSent == null || documentsSent.isBlank() ? null : documentsSent.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (theirs != null && theirs.length() > 60) {
            problems.add(new FieldProblem(THEIR_REFERENCE,
                    NLS.bind(Messages.Problem_tooLong, Messages.Field_theirReference, 60)));
        }
        if (sent != null && sent.length() > 500) {
            problems.add(new FieldProblem(DOCUMENTS_SENT,
                    NLS.bind(Messages.Problem_tooLong, Messages.Field_documentsSent, 500)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return Transactions.<TravelDocRequestEntity, ConflictException>inTransaction(emf, em -> {
            TravelDocRequestEntity r = em.find(TravelDocRequestEntity.class, requestId);
            if (r.getVersion() != expectedVersion) {
                throw new ConflictException(NLS.bind(Messages.Request_changed, r.getOurReference()));
            }
            AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
            for (long caseId : em.createQuery("SELECT DISTINCT m.caseId FROM RequestMember m WHERE m.requestId = :r",
                    Long.class).setParameter("r", requestId).getResultList()) {
                audit.updated(caseId, ENTITY, requestId, "channel", r.getChannel(), channel);
                audit.updated(caseId, ENTITY, requestId, THEIR_REFERENCE, r.getTheirReference(), theirs);
                audit.updated(caseId, ENTITY, requestId, DOCUMENTS_SENT, r.getDocumentsSent(), sent);
            }
            r.setChannel(channel == null ? r.getChannel() : channel);
            r.setTheirReference(theirs);
            r.setDocumentsSent(sent);
            return r;
        });
    }

    private RequestMemberEntity attachScanCommitted(long memberId, java.nio.file.Path file)
            throws ValidationException, RefusedException {
        RequestMemberEntity m = Transactions.read(emf, em -> em.find(RequestMemberEntity.class, memberId));
        if (m.getExpiresOn() == null) {
            Person p = households.person(m.getPersonId()).orElseThrow();
            throw new RefusedException(List.of(NLS.bind(Messages.Request_noDocumentYet, name(p))));
        }
        try { // the attachment and its link commit together, or neither
            return Transactions.<RequestMemberEntity, Exception>inTransaction(emf, em -> {
                Attachment scan = attachments.attach(m.getCaseId(), AttachmentKind.TRAVEL_DOCUMENT, m.getIssuedOn(),
                        file);
                RequestMemberEntity x = em.find(RequestMemberEntity.class, memberId);
                auditing.recorder(user.name(), clock.instant()).updated(x.getCaseId(), MEMBER, memberId,
                        SCAN, x.getScanAttachmentId(), scan.getId());
                x.setScanAttachmentId(scan.getId());
                return x;
            });
        } catch (ValidationException | RefusedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the work throws no other checked exception
        }
    }

    private TravelDocRequestEntity changeStatusCommitted(long requestId, long expectedVersion, RequestStatus to,
            LocalDate on,
            String reason) throws ValidationException, RefusedException, ConflictException {
        List<FieldProblem> problems = new ArrayList<>();
        if (to == RequestStatus.SENT) {
            if (on == null) {
                problems.add(new FieldProblem(DATE, NLS.bind(Messages.Problem_required, Messages.Field_sentOn)));
            } else if (on.isAfter(LocalDate.now(clock))) {
                problems.add(new FieldProblem(DATE, NLS.bind(Messages.Problem_future, Messages.Field_sentOn)));
            }
        }
        if (to.needsReason() && (reason == null || reason.isBlank())) {
            problems.add(new FieldProblem(REASON, NLS.bind(Messages.Problem_required, Messages.Field_reason)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        TravelDocRequestEntity saved;
        try { // one transaction: consent checks, status, sharing log, audit and the cases' moves
            saved = Transactions.<TravelDocRequestEntity, Exception>inTransaction(emf, em -> {
                List<RequestMemberEntity> members = reads.members(requestId);
                if (to == RequestStatus.SENT) { // refused before anything else when a consent does not cover it
                    for (long caseId : members.stream().map(RequestMemberEntity::getCaseId).distinct().toList()) {
                        consents.requireAllowed(caseId, Recipient.EMBASSY_OF_ORIGIN);
                    }
                }
                TravelDocRequestEntity r = em.find(TravelDocRequestEntity.class, requestId);
                if (r.getVersion() != expectedVersion) {
                    throw new ConflictException(NLS.bind(Messages.Request_changed, r.getOurReference()));
                }
                if (!r.getStatus().next().contains(to)) {
                    throw new RefusedException(List.of(NLS.bind(Messages.Request_moveNotAllowed,
                            Labels.status(r.getStatus()), Labels.status(to))));
                }
                refuseUnready(em, members, to);
                AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
                for (long caseId : members.stream().map(RequestMemberEntity::getCaseId).distinct().toList()) {
                    audit.updated(caseId, ENTITY, requestId, "status", r.getStatus(), to);
                }
                r.setStatus(to, reason == null || reason.isBlank() ? null : reason.strip());
                if (to == RequestStatus.SENT) {
                    r.setSentOn(on);
                    EmbassyEntity e = em.find(EmbassyEntity.class, r.getEmbassyId());
                    for (RequestMemberEntity m : members) { // the persons' data goes to the embassy
                        consents.share(m.getCaseId(), m.getPersonId(), Recipient.EMBASSY_OF_ORIGIN,
                                EmbassyServiceImpl.label(e), NLS.bind(Messages.Request_purpose, r.getOurReference()),
                                user.name(), clock.instant());
                    }
                    moveCases(members, CaseStatus.APPROVED, CaseStatus.TRAVEL_DOCS_REQUESTED, r);
                    for (long caseId : members.stream().map(RequestMemberEntity::getCaseId).distinct().toList()) {
                        // the last letter made for the request is the one sent: the case file says so
                        attachments.markSent(caseId, LetterService.DOCUMENT_TYPE, r.getOurReference(), on,
                                user.name());
                    }
                }
                return r;
            });
        } catch (ValidationException | RefusedException | ConflictException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the work throws no other checked exception
        }
        return saved;
    }

    /** Refuses the move when a case is not ready for it, naming each. */
    private void refuseUnready(EntityManager em, List<RequestMemberEntity> members, RequestStatus to)
            throws RefusedException {
        List<String> refusals = new ArrayList<>();
        for (RequestMemberEntity m : members) {
            MigrantCase c = cases.find(m.getCaseId()).orElseThrow();
            if (to == RequestStatus.SENT && !READY_FOR_DOCUMENTS.contains(c.getStatus())) {
                refusals.add(NLS.bind(Messages.Request_caseNotApproved, c.getCaseNumber(), c.getStatus()));
            }
            if (to == RequestStatus.ISSUED && m.getExpiresOn() == null) {
                refusals.add(NLS.bind(Messages.Request_notIssuedAll,
                        name(households.person(m.getPersonId()).orElseThrow())));
            }
        }
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals);
        }
    }

    /** Moves the cases of {@code members} that stand at {@code from} to {@code to}, through the workflow. */
    private void moveCases(List<RequestMemberEntity> members, CaseStatus from, CaseStatus to, TravelDocRequestEntity r)
            throws RefusedException, ConflictException {
        for (long caseId : members.stream().map(RequestMemberEntity::getCaseId).distinct().toList()) {
            MigrantCase c = cases.find(caseId).orElseThrow();
            if (c.getStatus() == from) {
                workflow.transition(caseId, c.getVersion(), to,
                        NLS.bind(Messages.Request_workflowReason, r.getOurReference(), Labels.status(r.getStatus())));
            }
        }
    }

    private RequestMemberEntity recordIssuedCommitted(long memberId, TravelDocumentType type, String number,
            LocalDate issuedOn,
            LocalDate expiresOn) throws ValidationException, RefusedException {
        List<FieldProblem> problems = new ArrayList<>();
        if (number == null || number.isBlank()) {
            problems.add(new FieldProblem(NUMBER, NLS.bind(Messages.Problem_required, Messages.Field_number)));
        } else if (number.strip().length() > 40) {
            problems.add(new FieldProblem(NUMBER, NLS.bind(Messages.Problem_tooLong, Messages.Field_number, 40)));
        }
        if (issuedOn == null) {
            problems.add(new FieldProblem(DATE, NLS.bind(Messages.Problem_required, Messages.Field_issuedOn)));
        } else if (issuedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem(DATE, NLS.bind(Messages.Problem_future, Messages.Field_issuedOn)));
        } else if (expiresOn != null && expiresOn.isBefore(issuedOn)) {
            problems.add(new FieldProblem(EXPIRY, Messages.Request_expiryBeforeIssue));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        RequestMemberEntity[] done = new RequestMemberEntity[1];
        try {
            Transactions.<Void, Exception>inTransaction(emf, em -> {
                RequestMemberEntity m = em.find(RequestMemberEntity.class, memberId);
                TravelDocRequestEntity r = em.find(TravelDocRequestEntity.class, m.getRequestId());
                if (!r.getStatus().awaitingEmbassy() && r.getStatus() != RequestStatus.ISSUED) {
                    throw new RefusedException(List.of(NLS.bind(Messages.Request_notWithEmbassy, r.getOurReference(),
                            Labels.status(r.getStatus()))));
                }
                LocalDate expiry = expiresOn != null
                        ? expiresOn
                        : procedures.procedure(r.getCountry()).expiryOf(issuedOn);
                AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
                audit.updated(m.getCaseId(), MEMBER, memberId, "documentType", m.getDocumentType(), type);
                audit.updated(m.getCaseId(), MEMBER, memberId, NUMBER, m.getDocumentNumber(), number.strip());
                audit.updated(m.getCaseId(), MEMBER, memberId, "issuedOn", m.getIssuedOn(), issuedOn);
                audit.updated(m.getCaseId(), MEMBER, memberId, EXPIRY, m.getExpiresOn(), expiry);
                m.issued(type == null ? TravelDocumentType.LAISSEZ_PASSER : type, number.strip(), issuedOn, expiry,
                        m.getScanAttachmentId());
                em.flush();
                long missing = em.createQuery("SELECT COUNT(x) FROM RequestMember x WHERE x.requestId = :r"
                        + " AND x.expiresOn IS NULL", Long.class).setParameter("r", r.getId()).getSingleResult();
                if (missing == 0 && r.getStatus() != RequestStatus.ISSUED) {
                    audit.updated(m.getCaseId(), ENTITY, r.getId(), "status", r.getStatus(), RequestStatus.ISSUED);
                    r.setStatus(RequestStatus.ISSUED, null);
                }
                done[0] = m;
                obtainedIfComplete(m.getCaseId(), r); // the case's move commits with the document
                return null;
            });
        } catch (ValidationException | RefusedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the work throws no other checked exception
        }
        return done[0];
    }

    /** Moves the case to TRAVEL_DOCS_OBTAINED once every one of its persons holds a valid document. */
    private void obtainedIfComplete(long caseId, TravelDocRequestEntity r) throws RefusedException {
        LocalDate today = LocalDate.now(clock);
        List<Long> persons = households.members(caseId).stream().map(Person::getId).toList();
        boolean complete = Transactions.read(emf, em -> {
            for (long personId : persons) {
                long valid = em.createQuery("SELECT COUNT(m) FROM RequestMember m, TravelDocRequest r"
                        + " WHERE m.requestId = r.id AND m.personId = :p AND m.expiresOn >= :today"
                        + " AND r.status IN :issued", Long.class).setParameter("p", personId)
                        .setParameter("today", today)
                        .setParameter("issued", List.of(RequestStatus.ISSUED, RequestStatus.COLLECTED))
                        .getSingleResult();
                if (valid == 0) {
                    return false;
                }
            }
            return true;
        });
        MigrantCase c = cases.find(caseId).orElseThrow();
        if (complete && c.getStatus() == CaseStatus.TRAVEL_DOCS_REQUESTED) {
            try {
                workflow.transition(caseId, c.getVersion(), CaseStatus.TRAVEL_DOCS_OBTAINED,
                        NLS.bind(Messages.Request_workflowReason, r.getOurReference(), Labels.status(r.getStatus())));
            } catch (ConflictException e) {
                throw new RefusedException(List.of(e.getMessage()));
            }
        }
    }

    private TravelDocRequestEntity setFollowUpCommitted(long requestId, long expectedVersion, LocalDate on)
            throws ConflictException {
        TravelDocRequestEntity saved = Transactions.inTransaction(emf, em -> {
            TravelDocRequestEntity r = em.find(TravelDocRequestEntity.class, requestId);
            if (r.getVersion() != expectedVersion) {
                return null;
            }
            AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
            for (Long caseId : em.createQuery("SELECT DISTINCT m.caseId FROM RequestMember m WHERE m.requestId = :r",
                    Long.class).setParameter("r", requestId).getResultList()) {
                audit.updated(caseId, ENTITY, requestId, "followUpOn", r.getFollowUpOn(), on);
            }
            r.setFollowUpOn(on);
            return r;
        });
        if (saved == null) {
            throw new ConflictException(NLS.bind(Messages.Request_changed, requestId));
        }
        return saved;
    }

    @Override
    public Departure plannedDeparture(long caseId) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> {
            PlannedDeparture d = em.find(PlannedDeparture.class, caseId);
            return d == null ? new Departure(caseId, 0, null) : new Departure(caseId, d.getVersion(), d.getOn());
        });
    }

    @Override
    public void planDeparture(long caseId, long expectedVersion, LocalDate departure)
            throws ValidationException, ConflictException {
        user.require(Permission.EDIT_CASE);
        if (departure != null && departure.isBefore(LocalDate.now(clock))) {
            throw new ValidationException(List.of(new FieldProblem(DEPARTURE, NLS.bind(Messages.Problem_past,
                    Messages.Field_departure))));
        }
        String[] number = new String[1];
        boolean saved = Transactions.inTransaction(emf, em -> {
            PlannedDeparture d = em.find(PlannedDeparture.class, caseId);
            if ((d == null ? 0 : d.getVersion()) != expectedVersion) {
                number[0] = cases.find(caseId).orElseThrow().getCaseNumber();
                return false;
            }
            auditing.recorder(user.name(), clock.instant()).updated(caseId, "PlannedDeparture", caseId,
                    "plannedDeparture", d == null ? null : d.getOn(), departure);
            if (departure == null && d != null) {
                em.remove(d);
            } else if (d == null && departure != null) {
                em.persist(new PlannedDeparture(caseId, departure));
            } else if (d != null) {
                d.setOn(departure);
            }
            return true;
        });
        if (!saved) {
            throw new ConflictException(NLS.bind(Messages.Case_changed, number[0]));
        }
        EventAdmin admin = events;
        if (admin != null) {
            Event posted = new Event(CaseEvents.TOPIC_CHANGED, Map.of(CaseEvents.CASE_ID, caseId));
            Transactions.afterCommit(emf, () -> admin.postEvent(posted));
        }
    }
}
