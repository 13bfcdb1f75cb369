package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import org.eclipse.osgi.util.NLS;

import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.StatusChangeEntity;
import org.homeward.cases.core.internal.entity.AuditEntryEntity;
import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.common.validation.RefusedException;

import org.homeward.common.validation.ConflictException;

import org.homeward.cases.model.NextAction;

import org.homeward.cases.model.DueAction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseService;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
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
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

/** The case service on JPA. Appears once the database's {@link EntityManagerFactory} is registered. */
@Component(service = CaseService.class)
public class CaseServiceImpl implements CaseService {

    private static final String ROW_SELECT = "SELECT c.id, c.caseNumber, c.familyName, c.givenNames, c.arabicName,"
            + " c.sex, c.birthDate, c.birthYear, c.birthDateEstimated, c.nationality, c.status, c.createdAt"
            + " FROM MigrantCase c";

    static final String ENTITY = "MigrantCase";
    /** The field a case file's opening is audited under. */
    static final String VIEWED_FILE = "file";

    private final EntityManagerFactory emf;
    private final Clock clock;
    private final SearchWords searchWords = new SearchWords();
    private final CurrentUser user;

    /** The office with the highest ranking; a country plugin supplies it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile OfficeProfile office;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public CaseServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, Clock.systemDefaultZone(), null, user);
    }

    /** For tests: a fixed clock and office. */
    CaseServiceImpl(EntityManagerFactory emf, Clock clock, OfficeProfile office, CurrentUser user) {
        this.emf = emf;
        this.clock = clock;
        this.office = office;
        this.user = user;
    }

    OfficeProfile office() {
        OfficeProfile current = office;
        return current != null ? current : OfficeProfile.NEUTRAL;
    }

    @Override
    public List<FieldProblem> validate(NewCase draft) {
        user.require(Permission.READ_CASE);
        return CaseValidator.validate(draft, LocalDate.now(clock));
    }

    @Override
    public MigrantCaseEntity register(NewCase draft) throws ValidationException {
        user.require(Permission.EDIT_CASE);
        List<FieldProblem> problems = validate(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String prefix = office().caseNumberPrefix();
        int year = LocalDate.now(clock).getYear();
        MigrantCaseEntity saved;
        try {
            saved = Transactions.inTransaction(emf, em -> insert(em, draft, prefix, year));
        } catch (PersistenceException firstOfYearRace) {
            // two workbenches took the year's first number at once: the loser retries on the counter row
            saved = Transactions.inTransaction(emf, em -> insert(em, draft, prefix, year));
        }
        EventAdmin admin = events;
        if (admin != null) {
            Event posted = new Event(CaseEvents.TOPIC_REGISTERED,
                    Map.of(CaseEvents.CASE_ID, saved.getId(), CaseEvents.CASE_NUMBER, saved.getCaseNumber()));
            Transactions.afterCommit(emf, () -> admin.postEvent(posted));
        }
        return saved;
    }

    private MigrantCaseEntity insert(EntityManager em, NewCase draft, String prefix, int year) {
        MigrantCaseEntity c = new MigrantCaseEntity();
        c.setFamilyName(draft.familyName().strip());
        c.setGivenNames(draft.givenNames().strip());
        String arabic = draft.arabicName() == null || draft.arabicName().isBlank() ? null : draft.arabicName().strip();
        c.setArabicName(arabic);
        c.setSex(draft.sex());
        c.setDateOfBirth(draft.dateOfBirth());
        c.setNationality(draft.nationality());
        c.setStatus(CaseStatus.REGISTERED);
        c.setSearchName(SearchKeys.ofNames(c.getFamilyName(), c.getGivenNames(), arabic));
        c.setCreatedBy(user.name());
        c.setCreatedAt(clock.instant());
        c.setCaseNumber(CaseNumbers.format(prefix, year, CaseNumbers.next(em, prefix, year)));
        em.persist(c);
        em.flush();
        SearchWords.store(em, c.getId(), c.getSearchName());
        Instant now = c.getCreatedAt();
        em.persist(new StatusChangeEntity(c.getId(), null, CaseStatus.REGISTERED, null, user.name(), now));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("caseNumber", c.getCaseNumber());
        fields.put(NewCase.FAMILY_NAME, c.getFamilyName());
        fields.put(NewCase.GIVEN_NAMES, c.getGivenNames());
        fields.put(NewCase.ARABIC_NAME, c.getArabicName());
        fields.put(NewCase.SEX, c.getSex());
        fields.put(NewCase.DATE_OF_BIRTH, c.getDateOfBirth().format());
        fields.put(NewCase.NATIONALITY, c.getNationality());
        AuditTrail audit = new AuditTrail(em, user.name(), now);
        audit.created(c.getId(), ENTITY, c.getId(), fields);
        audit.status(c.getId(), null, CaseStatus.REGISTERED, null);
        PersonRecords.insert(em, audit, new PersonEntity(c.getId(), Relationship.PRINCIPAL, PersonDraft.of(draft)));
        return c;
    }

    @Override
    public Optional<MigrantCase> find(long id) {
        user.require(Permission.READ_CASE);
        return Views.optional(Transactions.read(emf, em -> Optional.ofNullable(em.find(MigrantCaseEntity.class, id))));
    }

    @Override
    public Optional<MigrantCase> open(long id) {
        user.require(Permission.READ_CASE);
        return Views.optional(Transactions.inTransaction(emf, em -> {
            MigrantCaseEntity c = em.find(MigrantCaseEntity.class, id);
            if (c != null) {
                new AuditTrail(em, user.name(), clock.instant()).viewed(id, ENTITY, id, VIEWED_FILE);
            }
            return Optional.ofNullable(c);
        }));
    }

    @Override
    public List<MigrantCase> withStatus(java.util.Set<CaseStatus> statuses) {
        user.require(Permission.READ_CASE);
        if (statuses.isEmpty()) {
            return List.of();
        }
        return Views.list(Transactions.read(emf, em -> em.createQuery("SELECT c FROM MigrantCase c WHERE c.status IN :s"
                + " ORDER BY c.id", MigrantCaseEntity.class).setParameter("s", List.copyOf(statuses)).getResultList()));
    }

    @Override
    public List<MigrantCase> findAll(java.util.Collection<Long> ids) {
        user.require(Permission.READ_CASE);
        if (ids.isEmpty()) {
            return List.of();
        }
        return Views.list(Transactions.read(emf, em -> em.createQuery("SELECT c FROM MigrantCase c WHERE c.id IN :ids",
                MigrantCaseEntity.class).setParameter("ids", List.copyOf(ids)).getResultList()));
    }

    @Override
    public List<AuditEntry> auditTrail(long caseId) {
        user.require(Permission.READ_CASE);
        return Transactions.inTransaction(emf, em -> {
            byte[] key;
            try {
                key = new CaseDataKeys(em.unwrap(java.sql.Connection.class)).keyFor(caseId, false);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return em.createQuery("SELECT a FROM AuditEntry a WHERE a.caseId = :id ORDER BY a.id",
                    AuditEntryEntity.class).setParameter("id", caseId).getResultList().stream()
                    .<AuditEntry>map(e -> AuditLine.of(e, key)).toList();
        });
    }

    @Override
    public long count(CaseFilter filter) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> {
            List<String> words = Where.words(filter);
            if (!words.isEmpty() && searchWords.complete(em)) {
                return SearchWords.count(em, words);
            }
            Where where = Where.of(filter);
            TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM MigrantCase c" + where.jpql(), Long.class);
            where.bind(q);
            return q.getSingleResult();
        });
    }

    @Override
    public List<CaseRow> page(CaseFilter filter, int first, int max) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> {
            List<String> words = Where.words(filter);
            TypedQuery<Object[]> q;
            if (!words.isEmpty() && searchWords.complete(em)) {
                List<Long> ids = SearchWords.ids(em, words, first, max);
                if (ids.isEmpty()) {
                    return List.of();
                }
                q = em.createQuery(ROW_SELECT + " WHERE c.id IN :ids ORDER BY c.id DESC", Object[].class)
                        .setParameter("ids", ids);
            } else {
                Where where = Where.of(filter);
                q = em.createQuery(ROW_SELECT + where.jpql() + Where.orderBy(filter), Object[].class);
                where.bind(q);
                q.setFirstResult(first);
                q.setMaxResults(max);
            }
            List<CaseRow> rows = new ArrayList<>();
            for (Object[] r : q.getResultList()) {
                rows.add(row(r));
            }
            return rows;
        });
    }

    private static CaseRow row(Object[] r) {
        DateOfBirth dob = Boolean.TRUE.equals(r[8])
                ? DateOfBirth.estimatedYear(((Number) r[7]).intValue())
                : DateOfBirth.exact((LocalDate) r[6]);
        return new CaseRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (Sex) r[5], dob, ((String) r[9]).strip(), (CaseStatus) r[10], (Instant) r[11]);
    }

    @Override
    public VersionStep tracked(long caseId, Work work) throws ValidationException, RefusedException, ConflictException {
        user.require(Permission.EDIT_CASE);
        return CaseRecords.inTransaction(emf, Messages.Entity_thisCase, em -> {
            MigrantCaseEntity c = CaseRecords.requireCase(em, caseId);
            long before = c.getVersion();
            work.run();
            em.flush();
            return new VersionStep(before, c.getVersion());
        });
    }

    @Override
    public MigrantCaseEntity setNextAction(long caseId, long expectedVersion, NextAction next)
            throws ValidationException, ConflictException {
        user.require(Permission.EDIT_CASE);
        NextAction cleaned = null;
        if (next != null) {
            String what = next.what() == null ? "" : next.what().strip();
            List<FieldProblem> problems = new ArrayList<>();
            if (what.isEmpty()) {
                problems.add(new FieldProblem(NextAction.WHAT,
                        NLS.bind(Messages.Problem_required, Messages.Field_nextAction)));
            } else if (what.length() > 200) {
                problems.add(new FieldProblem(NextAction.WHAT,
                        NLS.bind(Messages.Problem_tooLong, Messages.Field_nextAction, 200)));
            }
            if (next.due() == null) {
                problems.add(new FieldProblem(NextAction.DUE,
                        NLS.bind(Messages.Problem_required, Messages.Field_nextActionDue)));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            String by = next.by() == null || next.by().isBlank() ? user.name() : next.by().strip();
            cleaned = new NextAction(what, next.due(), by);
        }
        NextAction chosen = cleaned;
        try {
            MigrantCaseEntity saved = CaseRecords.inTransaction(emf, Messages.Entity_thisCase, em -> {
                MigrantCaseEntity c = CaseRecords.requireCase(em, caseId);
                CaseRecords.checkVersion(NLS.bind(Messages.Entity_case, c.getCaseNumber()), expectedVersion,
                        c.getVersion(),
                        c.getUpdatedBy());
                NextAction before = c.getNextAction();
                c.setNextAction(chosen);
                c.setUpdatedBy(user.name());
                AuditTrail audit = new AuditTrail(em, user.name(), clock.instant());
                audit.updated(caseId, ENTITY, caseId, NextAction.WHAT, before == null ? null : before.what(),
                        chosen == null ? null : chosen.what());
                audit.updated(caseId, ENTITY, caseId, NextAction.DUE, before == null ? null : before.due(),
                        chosen == null ? null : chosen.due());
                audit.updated(caseId, ENTITY, caseId, NextAction.BY, before == null ? null : before.by(),
                        chosen == null ? null : chosen.by());
                return c;
            });
            EventAdmin admin = events;
            if (admin != null) {
                Event posted = new Event(CaseEvents.TOPIC_CHANGED,
                        Map.of(CaseEvents.CASE_ID, caseId, CaseEvents.CASE_NUMBER, saved.getCaseNumber()));
                Transactions.afterCommit(emf, () -> admin.postEvent(posted));
            }
            return saved;
        } catch (RefusedException e) {
            throw new IllegalStateException(e); // a next action is never refused by a rule
        }
    }

    @Override
    public List<DueAction> dueActions(String forUser, LocalDate until, int max) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> em.createQuery("SELECT c FROM MigrantCase c WHERE c.nextActionBy = :user"
                + " AND c.nextActionDue <= :until AND c.status NOT IN :ended ORDER BY c.nextActionDue, c.id",
                MigrantCaseEntity.class).setParameter("user", forUser).setParameter("until", until)
                .setParameter("ended", List.of(CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.REJECTED))
                .setMaxResults(max).getResultList().stream()
                .map(c -> new DueAction(c.getId(), c.getCaseNumber(), c.getFamilyName() + " " + c.getGivenNames(),
                        c.getNextAction()))
                .toList());
    }
}
