package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.IdentityDocumentEntity;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.IdentityDocument;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.homeward.cases.model.service.CaseLifecycleParticipant;

import jakarta.persistence.EntityManagerFactory;

/** Households on JPA: members validated like the principal applicant, keyed for duplicates, audited. */
@Component(service = HouseholdService.class)
public class HouseholdServiceImpl implements HouseholdService {

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;

    @Activate
    public HouseholdServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemDefaultZone());
    }

    HouseholdServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
        this.corrections = new HouseholdCorrections(emf, user, clock, () -> List.copyOf(participants),
                this::changedAfterCommit);
    }

    private final HouseholdCorrections corrections;
    private final List<CaseLifecycleParticipant> participants = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.osgi.service.event.EventAdmin events;

    private void changedAfterCommit(long caseId) {
        CaseRecords.changedAfterCommit(emf, events, caseId);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addParticipant(CaseLifecycleParticipant participant) {
        participants.add(participant);
    }

    void removeParticipant(CaseLifecycleParticipant participant) {
        participants.remove(participant);
    }

    @Override
    public PersonEntity correctIdentity(long personId, long expectedVersion, PersonDraft corrected)
            throws ValidationException, ConflictException, RefusedException {
        user.require(Permission.EDIT_CASE);
        return corrections.correctIdentity(personId, expectedVersion, corrected);
    }

    @Override
    public void removeMember(long personId, long expectedVersion, String reason)
            throws ValidationException, RefusedException, ConflictException {
        user.require(Permission.EDIT_CASE);
        corrections.removeMember(personId, expectedVersion, reason);
    }

    @Override
    public void makePrincipal(long personId, Relationship formerPrincipal)
            throws ValidationException, RefusedException {
        user.require(Permission.EDIT_CASE);
        corrections.makePrincipal(personId, formerPrincipal);
    }

    @Override
    public List<FieldProblem> validate(PersonDraft draft) {
        user.require(Permission.READ_CASE);
        return CaseValidator.validate(draft, LocalDate.now(clock));
    }

    @Override
    public java.util.Optional<Person> person(long personId) {
        user.require(Permission.READ_CASE);
        return Views.optional(Transactions.read(emf, em -> java.util.Optional.ofNullable(em.find(PersonEntity.class,
                personId))));
    }

    @Override
    public java.util.Map<Long, List<Person>> membersOf(java.util.Collection<Long> caseIds) {
        user.require(Permission.READ_CASE);
        java.util.Map<Long, List<Person>> result = new java.util.LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        for (PersonEntity p : Transactions.read(emf, em -> em.createQuery("SELECT p FROM Person p WHERE p.caseId IN :c"
                + " ORDER BY p.caseId, CASE WHEN p.relationship = :principal THEN 0 ELSE 1 END, p.id",
                PersonEntity.class)
                .setParameter("c", List.copyOf(caseIds)).setParameter("principal", Relationship.PRINCIPAL)
                .getResultList())) {
            result.computeIfAbsent(p.getCaseId(), c -> new java.util.ArrayList<>()).add(p);
        }
        return result;
    }

    @Override
    public List<Person> members(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em.createQuery("SELECT p FROM Person p WHERE p.caseId = :id"
                + " ORDER BY CASE WHEN p.relationship = :principal THEN 0 ELSE 1 END, p.id", PersonEntity.class)
                .setParameter("id", caseId).setParameter("principal", Relationship.PRINCIPAL).getResultList()));
    }

    @Override
    public PersonEntity addMember(long caseId, PersonDraft draft, Relationship relationship)
            throws ValidationException, RefusedException {
        user.require(Permission.EDIT_CASE);
        List<FieldProblem> problems = new java.util.ArrayList<>(validate(draft));
        if (relationship == null) {
            problems.add(new FieldProblem("relationship",
                    org.eclipse.osgi.util.NLS.bind(Messages.Problem_required, Messages.Field_relationship)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (relationship == Relationship.PRINCIPAL) {
            throw new RefusedException(List.of(Messages.Household_secondPrincipal));
        }
        try {
            return CaseRecords.inTransaction(emf, caseId + "", em -> {
                MigrantCaseEntity c = CaseRecords.requireCase(em, caseId);
                if (c.getStatus() == CaseStatus.CLOSED) {
                    throw new RefusedException(List.of(Messages.Household_closedCase));
                }
                PersonEntity added = PersonRecords.insert(em, new AuditTrail(em, user.name(), clock.instant()),
                        new PersonEntity(caseId, relationship, draft));
                CaseSearch.refresh(em, caseId);
                changedAfterCommit(caseId);
                return added;
            });
        } catch (ConflictException e) {
            throw new IllegalStateException(e); // adding a member changes no record another user may hold
        }
    }

    @Override
    public List<FieldProblem> validate(PersonDetails details) {
        user.require(Permission.READ_CASE);
        return DetailsValidator.validate(details, null, 0, LocalDate.now(clock));
    }

    @Override
    public PersonEntity updateDetails(long personId, long expectedVersion, PersonDetails details)
            throws ValidationException, ConflictException {
        user.require(Permission.EDIT_CASE);
        try {
            return CaseRecords.inTransaction(emf, Messages.Entity_person, em -> {
                PersonEntity p = requirePerson(em, personId);
                if (p.getVersion() != expectedVersion) {
                    throw CaseRecords.personChanged(em, p);
                }
                List<FieldProblem> problems = DetailsValidator.validate(details, p.getDateOfBirth(),
                        documentsOf(em, personId).size(), LocalDate.now(clock));
                if (!problems.isEmpty()) {
                    throw new ValidationException(problems);
                }
                AuditTrail audit = new AuditTrail(em, user.name(), clock.instant());
                PersonDetails before = p.getDetails();
                p.setDetails(details);
                audit.updated(p.getCaseId(), PersonRecords.ENTITY, personId, PersonDetails.PLACE_OF_BIRTH,
                        before.placeOfBirth(), details.placeOfBirth());
                audit.updated(p.getCaseId(), PersonRecords.ENTITY, personId, PersonDetails.LANGUAGES,
                        before.languages(), details.languages());
                audit.updated(p.getCaseId(), PersonRecords.ENTITY, personId, PersonDetails.PHONE, before.phone(),
                        details.phone());
                audit.updated(p.getCaseId(), PersonRecords.ENTITY, personId, PersonDetails.CITY_OF_RESIDENCE,
                        before.cityOfResidence(), details.cityOfResidence());
                audit.updated(p.getCaseId(), PersonRecords.ENTITY, personId, PersonDetails.ENTRY_DATE,
                        before.entryDate(), details.entryDate());
                audit.updated(p.getCaseId(), PersonRecords.ENTITY, personId, PersonDetails.ENTRY_ROUTE,
                        before.entryRoute(), details.entryRoute());
                audit.updated(p.getCaseId(), PersonRecords.ENTITY, personId, PersonDetails.NO_DOCUMENTS,
                        before.noDocuments(), details.noDocuments());
                return p;
            });
        } catch (RefusedException e) {
            throw new IllegalStateException(e); // details are never refused by a rule
        }
    }

    @Override
    public List<IdentityDocument> documents(long personId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> documentsOf(em, personId)));
    }

    private static List<IdentityDocumentEntity> documentsOf(jakarta.persistence.EntityManager em, long personId) {
        return em.createQuery("SELECT d FROM IdentityDocument d WHERE d.personId = :id ORDER BY d.id",
                IdentityDocumentEntity.class).setParameter("id", personId).getResultList();
    }

    private static PersonEntity requirePerson(jakarta.persistence.EntityManager em, long personId) {
        PersonEntity p = em.find(PersonEntity.class, personId);
        if (p == null) {
            throw new IllegalArgumentException("no person " + personId);
        }
        return p;
    }

    @Override
    public IdentityDocumentEntity addDocument(long personId, DocumentKind kind, String number, String issuingCountry,
            LocalDate expiresOn) throws ValidationException {
        user.require(Permission.EDIT_CASE);
        List<FieldProblem> problems = DetailsValidator.validateDocument(kind, number, issuingCountry);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            return CaseRecords.inTransaction(emf, Messages.Entity_person, em -> {
                PersonEntity p = requirePerson(em, personId);
                AuditTrail audit = new AuditTrail(em, user.name(), clock.instant());
                if (p.getDetails().noDocuments()) {
                    PersonDetails d = p.getDetails();
                    p.setDetails(new PersonDetails(d.placeOfBirth(), d.languages(), d.phone(), d.cityOfResidence(),
                            d.entryDate(), d.entryRoute(), false));
                    audit.updated(p.getCaseId(), PersonRecords.ENTITY, personId, PersonDetails.NO_DOCUMENTS, true,
                            false);
                }
                IdentityDocumentEntity doc = new IdentityDocumentEntity(personId, kind, number, issuingCountry,
                        expiresOn);
                em.persist(doc);
                em.flush();
                java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
                fields.put(IdentityDocumentEntity.KIND, kind);
                fields.put(IdentityDocumentEntity.NUMBER, doc.getNumber());
                fields.put(IdentityDocumentEntity.ISSUING_COUNTRY, issuingCountry);
                fields.put(IdentityDocumentEntity.EXPIRES_ON, expiresOn);
                audit.created(p.getCaseId(), "IdentityDocument", doc.getId(), fields);
                return doc;
            });
        } catch (RefusedException | ConflictException e) {
            throw new IllegalStateException(e); // a new document is neither refused by a rule nor held by anyone
        }
    }

    @Override
    public void removeDocument(long documentId, long expectedVersion) throws ConflictException {
        user.require(Permission.EDIT_CASE);
        CaseRecords.Work<Void> removal = em -> {
            IdentityDocumentEntity doc = em.find(IdentityDocumentEntity.class, documentId);
            if (doc != null) {
                PersonEntity p = requirePerson(em, doc.getPersonId());
                if (doc.getVersion() != expectedVersion) {
                    throw CaseRecords.personChanged(em, p);
                }
                new AuditTrail(em, user.name(), clock.instant()).deleted(p.getCaseId(), "IdentityDocument",
                        documentId, doc.getKind() + " " + doc.getNumber());
                em.remove(doc);
            }
            return null;
        };
        try {
            CaseRecords.inTransaction(emf, Messages.Entity_person, removal);
        } catch (ValidationException | RefusedException e) {
            throw new IllegalStateException(e); // a removal validates and refuses nothing else
        }
    }
}
