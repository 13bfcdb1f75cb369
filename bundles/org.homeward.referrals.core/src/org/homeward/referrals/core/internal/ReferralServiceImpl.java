package org.homeward.referrals.core.internal;

import org.homeward.common.security.Permission;
import org.homeward.referrals.core.internal.entity.OrganisationEntity;
import org.homeward.referrals.core.internal.entity.ReferralEntity;
import org.homeward.referrals.core.internal.entity.FollowUpNoteEntity;

import java.util.LinkedHashMap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.AuditRecorder;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.homeward.referrals.model.FollowUp;
import org.homeward.referrals.model.FollowUpNote;
import org.homeward.referrals.model.Organisation;
import org.homeward.referrals.model.Referral;
import org.homeward.referrals.model.ReferralStatus;
import org.homeward.referrals.model.service.ReferralEvents;
import org.homeward.referrals.model.service.ReferralService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManagerFactory;

/** Referrals on JPA. Referring checks the partner-organisation consent scope and logs the sharing. */
@Component(service = ReferralService.class)
public class ReferralServiceImpl implements ReferralService {

    static final String ORGANISATION = "Organisation";
    static final String REFERRAL = "Referral";

    static final int REASON_MAX = 1000;
    static final int NOTE_MAX = 2000;

    private final EntityManagerFactory emf;
    private final ConsentService consents;
    private final CaseService cases;
    private final HouseholdService households;
    private final AuditService auditing;
    private final CurrentUser user;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public ReferralServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "consents") ConsentService consents, @Reference(name = "cases") CaseService cases,
            @Reference(name = "households") HouseholdService households, @Reference(name = "audit") AuditService audit,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, consents, cases, households, audit, user, Clock.systemDefaultZone());
    }

    ReferralServiceImpl(EntityManagerFactory emf, ConsentService consents, CaseService cases,
            HouseholdService households, AuditService audit, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.consents = consents;
        this.cases = cases;
        this.households = households;
        this.auditing = audit;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public List<Organisation> organisations() {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em
                .createQuery("SELECT o FROM Organisation o WHERE o.active = TRUE ORDER BY o.name",
                        OrganisationEntity.class)
                .getResultList()));
    }

    @Override
    public List<Organisation> allOrganisations() {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em.createQuery("SELECT o FROM Organisation o ORDER BY o.name",
                OrganisationEntity.class).getResultList()));
    }

    @Override
    public OrganisationEntity updateOrganisation(long id, long expectedVersion, String name, String city,
            String services,
            String contacts, boolean active) throws ValidationException, ConflictException {
        user.require(Permission.EDIT_DIRECTORIES);
        checkOrganisation(name, city);
        OrganisationEntity saved = Transactions.inTransaction(emf, em -> {
            OrganisationEntity o = em.find(OrganisationEntity.class, id);
            if (o == null || o.getVersion() != expectedVersion) {
                return null;
            }
            AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
            audit.updated(null, ORGANISATION, id, "name", o.getName(), name.strip());
            audit.updated(null, ORGANISATION, id, "city", o.getCity(), city.strip());
            audit.updated(null, ORGANISATION, id, "services", o.getServices(), trim(services));
            audit.updated(null, ORGANISATION, id, "contacts", o.getContacts(), trim(contacts));
            audit.updated(null, ORGANISATION, id, "active", o.isActive(), active);
            o.update(name.strip(), city.strip(), trim(services), trim(contacts), active);
            return o;
        });
        if (saved == null) {
            throw new ConflictException(NLS.bind(Messages.Organisation_changed, name.strip()));
        }
        return saved;
    }

    @Override
    public OrganisationEntity addOrganisation(String name, String city, String services, String contacts)
            throws ValidationException {
        user.require(Permission.EDIT_DIRECTORIES);
        checkOrganisation(name, city);
        return Transactions.inTransaction(emf, em -> {
            OrganisationEntity o = new OrganisationEntity(name.strip(), city.strip(), trim(services), trim(contacts));
            em.persist(o);
            em.flush();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", o.getName());
            fields.put("city", o.getCity());
            fields.put("services", o.getServices());
            fields.put("contacts", o.getContacts());
            auditing.recorder(user.name(), clock.instant()).created(null, ORGANISATION, o.getId(), fields);
            return o;
        });
    }

    private static void checkOrganisation(String name, String city) throws ValidationException {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", Messages.Organisation_nameRequired));
        }
        if (city == null || city.isBlank()) {
            problems.add(new FieldProblem("city", Messages.Organisation_cityRequired));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public ReferralEntity refer(long caseId, long personId, long organisationId, LocalDate referredOn, String reason,
            LocalDate nextFollowUp) throws ValidationException, RefusedException {
        user.require(Permission.EDIT_CASE);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (referredOn == null) {
            problems.add(new FieldProblem("referredOn", Messages.Referral_dateRequired));
        } else if (referredOn.isAfter(today)) {
            problems.add(new FieldProblem("referredOn", Messages.Referral_dateFuture));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", Messages.Referral_reasonRequired));
        } else if (reason.strip().length() > REASON_MAX) {
            problems.add(
                    new FieldProblem("reason", NLS.bind(Messages.Referral_tooLong, Messages.Field_reason, REASON_MAX)));
        }
        if (nextFollowUp != null && referredOn != null && nextFollowUp.isBefore(referredOn)) {
            problems.add(new FieldProblem("nextFollowUp", NLS.bind(Messages.Referral_followUpBefore, referredOn)));
        }
        MigrantCase c = cases.find(caseId).orElse(null);
        Person p = households.person(personId).orElse(null);
        if (p == null || c == null || p.getCaseId() != caseId) {
            problems.add(new FieldProblem("person",
                    NLS.bind(Messages.Referral_personNotInCase, c == null ? caseId : c.getCaseNumber())));
        }
        if (Transactions.read(emf, em -> em.find(OrganisationEntity.class, organisationId)) == null) {
            problems.add(new FieldProblem("organisation", Messages.Referral_organisationRequired));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ReferralEntity made = Transactions.<ReferralEntity, RefusedException>inTransaction(emf, em -> {
            OrganisationEntity o = em.find(OrganisationEntity.class, organisationId);
            Instant now = clock.instant();
            consents.share(caseId, personId, Recipient.PARTNER_ORGANISATIONS, o.getName(), Messages.Referral_purpose,
                    user.name(), now); // the consent checked and the sharing logged with the referral
            ReferralEntity r = new ReferralEntity(caseId, personId, organisationId, referredOn, reason.strip(),
                    nextFollowUp, user.name());
            em.persist(r);
            em.flush();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("person", personId);
            fields.put("organisation", o.getName());
            fields.put("referredOn", referredOn);
            fields.put("reason", r.getReason());
            fields.put("nextFollowUp", nextFollowUp);
            fields.put("status", r.getStatus());
            auditing.recorder(user.name(), now).created(caseId, REFERRAL, r.getId(), fields);
            return r;
        });
        changed(caseId);
        return made;
    }

    private void changed(long caseId) {
        EventAdmin admin = events;
        if (admin != null) {
            Event posted = new Event(ReferralEvents.TOPIC_CHANGED, Map.of(ReferralEvents.CASE_ID, caseId));
            Transactions.afterCommit(emf, () -> admin.postEvent(posted));
        }
    }

    @Override
    public List<Referral> referrals(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em
                .createQuery("SELECT r FROM Referral r WHERE r.caseId = :id ORDER BY r.id", ReferralEntity.class)
                .setParameter("id", caseId).getResultList()));
    }

    @Override
    public ReferralEntity changeStatus(long referralId, long expectedVersion, ReferralStatus status)
            throws RefusedException, ConflictException {
        user.require(Permission.EDIT_CASE);
        try {
            ReferralEntity changed = Transactions.<ReferralEntity, Exception>inTransaction(emf, em -> {
                ReferralEntity r = em.find(ReferralEntity.class, referralId);
                if (r.getVersion() != expectedVersion) {
                    throw new ConflictException(NLS.bind(Messages.Referral_changed, referralId));
                }
                if (!r.getStatus().next().contains(status)) {
                    throw new RefusedException(List.of(NLS.bind(Messages.Referral_moveNotAllowed,
                            label(r.getStatus()), label(status))));
                }
                AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
                audit.updated(r.getCaseId(), REFERRAL, referralId, "status", r.getStatus(), status);
                r.setStatus(status);
                if (!status.isOpen()) {
                    audit.updated(r.getCaseId(), REFERRAL, referralId, "nextFollowUp", r.getNextFollowUp(), null);
                    r.setNextFollowUp(null);
                }
                return r;
            });
            changed(changed.getCaseId());
            return changed;
        } catch (RefusedException | ConflictException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the work throws no other checked exception
        }
    }

    static String label(ReferralStatus s) {
        return switch (s) {
            case SENT -> Messages.Status_SENT;
            case ACCEPTED -> Messages.Status_ACCEPTED;
            case IN_PROGRESS -> Messages.Status_IN_PROGRESS;
            case COMPLETED -> Messages.Status_COMPLETED;
            case DECLINED -> Messages.Status_DECLINED;
        };
    }

    @Override
    public ReferralEntity recordFollowUp(long referralId, long expectedVersion, String note, LocalDate nextFollowUp,
            ReferralStatus outcome) throws ValidationException, RefusedException, ConflictException {
        user.require(Permission.EDIT_CASE);
        boolean noted = note != null && !note.isBlank();
        if (!noted && outcome == null) {
            throw new ValidationException(List.of(new FieldProblem("note", Messages.Note_required)));
        }
        try {
            return Transactions.<ReferralEntity, Exception>inTransaction(emf, em -> {
                ReferralEntity r = em.find(ReferralEntity.class, referralId);
                if (r.getVersion() != expectedVersion) {
                    throw new ConflictException(NLS.bind(Messages.Referral_changed, referralId));
                }
                if (noted) {
                    addNote(referralId, expectedVersion, note, nextFollowUp); // joins this transaction
                }
                if (outcome != null && outcome != r.getStatus()) {
                    em.flush();
                    changeStatus(referralId, r.getVersion(), outcome);
                }
                return r;
            });
        } catch (ValidationException | RefusedException | ConflictException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // the work throws no other checked exception
        }
    }

    @Override
    public FollowUpNoteEntity addNote(long referralId, long expectedVersion, String note, LocalDate nextFollowUp)
            throws ValidationException, ConflictException {
        user.require(Permission.EDIT_CASE);
        if (note == null || note.isBlank()) {
            throw new ValidationException(List.of(new FieldProblem("note", Messages.Note_required)));
        }
        if (note.strip().length() > NOTE_MAX) {
            throw new ValidationException(List.of(new FieldProblem("note",
                    NLS.bind(Messages.Referral_tooLong, Messages.Field_note, NOTE_MAX))));
        }
        long[] caseId = new long[1];
        FollowUpNoteEntity written = Transactions.<FollowUpNoteEntity, ConflictException>inTransaction(emf, em -> {
            ReferralEntity r = em.find(ReferralEntity.class, referralId);
            if (r.getVersion() != expectedVersion) {
                throw new ConflictException(NLS.bind(Messages.Referral_changed, referralId));
            }
            AuditRecorder audit = auditing.recorder(user.name(), clock.instant());
            audit.updated(r.getCaseId(), REFERRAL, referralId, "nextFollowUp", r.getNextFollowUp(), nextFollowUp);
            r.setNextFollowUp(nextFollowUp);
            caseId[0] = r.getCaseId();
            FollowUpNoteEntity n = new FollowUpNoteEntity(referralId, clock.instant(), user.name(), note.strip());
            em.persist(n);
            em.flush();
            audit.created(r.getCaseId(), "FollowUpNote", n.getId(), Map.of("note", n.getNote()));
            return n;
        });
        changed(caseId[0]);
        return written;
    }

    @Override
    public List<FollowUpNote> notes(long referralId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em
                .createQuery("SELECT n FROM FollowUpNote n WHERE n.referralId = :id ORDER BY n.id",
                        FollowUpNoteEntity.class)
                .setParameter("id", referralId).getResultList()));
    }

    @Override
    public List<FollowUp> dueBy(LocalDate until, LocalDate today) {
        user.require(Permission.READ_CASE);
        List<Object[]> rows = Transactions.read(emf, em -> em.createQuery("SELECT r.id, r.caseId, r.personId, o.name,"
                + " r.status, r.nextFollowUp FROM Referral r, Organisation o WHERE o.id = r.organisationId"
                + " AND r.nextFollowUp IS NOT NULL AND r.nextFollowUp <= :until AND r.status IN :open"
                + " ORDER BY r.nextFollowUp, r.id", Object[].class).setParameter("until", until)
                .setParameter("open", List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS))
                .getResultList());
        List<Long> caseIds = rows.stream().map(r -> (Long) r[1]).distinct().toList();
        Map<Long, String> numbers = new java.util.HashMap<>();
        cases.findAll(caseIds).forEach(c -> numbers.put(c.getId(), c.getCaseNumber()));
        Map<Long, String> names = new java.util.HashMap<>();
        households.membersOf(caseIds).values().forEach(persons -> persons
                .forEach(p -> names.put(p.getId(), p.getGivenNames() + " " + p.getFamilyName())));
        List<FollowUp> due = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate date = (LocalDate) r[5];
            due.add(new FollowUp((Long) r[0], (Long) r[1], numbers.get((Long) r[1]), names.get((Long) r[2]),
                    (String) r[3], (ReferralStatus) r[4], date, date.isBefore(today)));
        }
        return due;
    }
}
