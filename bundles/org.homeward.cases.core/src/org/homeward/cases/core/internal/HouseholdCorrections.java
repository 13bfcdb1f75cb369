package org.homeward.cases.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Corrections to a household: a member's identity typed wrong, a member added by mistake, the
 * principal applicant changed. Each in one transaction, audited, with the case's search name kept
 * in step.
 */
final class HouseholdCorrections {

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;
    private final Supplier<List<CaseLifecycleParticipant>> participants;
    private final java.util.function.LongConsumer changed;

    /** @param changed tells the case's screens, once committed, that the household of a case changed */
    HouseholdCorrections(EntityManagerFactory emf, CurrentUser user, Clock clock,
            Supplier<List<CaseLifecycleParticipant>> participants, java.util.function.LongConsumer changed) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
        this.participants = participants;
        this.changed = changed;
    }

    PersonEntity correctIdentity(long personId, long expectedVersion, PersonDraft corrected)
            throws ValidationException, ConflictException, RefusedException {
        List<FieldProblem> problems = CaseValidator.validate(corrected, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return CaseRecords.inTransaction(emf, Messages.Entity_person, em -> {
            PersonEntity p = person(em, personId, expectedVersion);
            MigrantCaseEntity c = open(em, p.getCaseId());
            AuditTrail audit = new AuditTrail(em, user.name(), clock.instant());
            String entity = PersonRecords.ENTITY;
            audit.updated(c.getId(), entity, personId, NewCase.FAMILY_NAME, p.getFamilyName(),
                    corrected.familyName().strip());
            audit.updated(c.getId(), entity, personId, NewCase.GIVEN_NAMES, p.getGivenNames(),
                    corrected.givenNames().strip());
            audit.updated(c.getId(), entity, personId, NewCase.ARABIC_NAME, p.getArabicName(),
                    blankToNull(corrected.arabicName()));
            audit.updated(c.getId(), entity, personId, "aliases", p.getAliases(), blankToNull(corrected.aliases()));
            audit.updated(c.getId(), entity, personId, NewCase.SEX, p.getSex(), corrected.sex());
            audit.updated(c.getId(), entity, personId, NewCase.DATE_OF_BIRTH, p.getDateOfBirth().format(),
                    corrected.dateOfBirth().format());
            audit.updated(c.getId(), entity, personId, NewCase.NATIONALITY, p.getNationality(),
                    corrected.nationality());
            p.correct(corrected);
            if (p.getRelationship() == Relationship.PRINCIPAL) {
                copyToCase(c, p);
            }
            PersonRecords.storeKeys(em, p);
            CaseSearch.refresh(em, c.getId());
            changed.accept(c.getId());
            return p;
        });
    }

    void removeMember(long personId, long expectedVersion, String reason)
            throws ValidationException, RefusedException, ConflictException {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(new FieldProblem("reason",
                    NLS.bind(Messages.Problem_required, Messages.Field_removalReason))));
        }
        CaseRecords.inTransaction(emf, Messages.Entity_person, em -> {
            PersonEntity p = person(em, personId, expectedVersion);
            MigrantCaseEntity c = open(em, p.getCaseId());
            if (p.getRelationship() == Relationship.PRINCIPAL) {
                throw new RefusedException(List.of(Messages.Household_removePrincipal));
            }
            List<String> held = new ArrayList<>();
            for (CaseLifecycleParticipant participant : participants.get()) {
                held.addAll(participant.holding(personId));
            }
            if (!held.isEmpty()) {
                List<String> why = new ArrayList<>();
                why.add(NLS.bind(Messages.Household_removeHeld, p.getGivenNames() + " " + p.getFamilyName()));
                why.addAll(held);
                throw new RefusedException(why);
            }
            for (String entity : List.of("IdentityDocument", "Vulnerability", "PersonNameKey")) {
                em.createQuery("DELETE FROM " + entity + " x WHERE x.personId = :p").setParameter("p", personId)
                        .executeUpdate();
            }
            new AuditTrail(em, user.name(), clock.instant()).deleted(c.getId(), PersonRecords.ENTITY, personId,
                    NLS.bind(Messages.Household_removed, new Object[]{p.getGivenNames() + " " + p.getFamilyName(),
                            p.getDateOfBirth().format(), reason.strip()}));
            ConsentCoverage.forget(em, personId);
            em.remove(p);
            CaseSearch.refresh(em, c.getId());
            changed.accept(c.getId());
            return null;
        });
    }

    void makePrincipal(long personId, Relationship formerPrincipal) throws ValidationException, RefusedException {
        if (formerPrincipal == null || formerPrincipal == Relationship.PRINCIPAL) {
            throw new ValidationException(List.of(new FieldProblem("relationship",
                    NLS.bind(Messages.Problem_required, Messages.Field_formerPrincipal))));
        }
        try {
            CaseRecords.inTransaction(emf, Messages.Entity_thisCase, em -> {
                PersonEntity p = person(em, personId, -1);
                MigrantCaseEntity c = open(em, p.getCaseId());
                if (p.getRelationship() == Relationship.PRINCIPAL) {
                    return null;
                }
                AuditTrail audit = new AuditTrail(em, user.name(), clock.instant());
                for (PersonEntity other : em.createQuery(
                        "SELECT p FROM Person p WHERE p.caseId = :c AND p.relationship = :principal",
                        PersonEntity.class).setParameter("c", c.getId())
                        .setParameter("principal", Relationship.PRINCIPAL).getResultList()) {
                    audit.updated(c.getId(), PersonRecords.ENTITY, other.getId(), "relationship",
                            Relationship.PRINCIPAL, formerPrincipal);
                    other.setRelationship(formerPrincipal);
                }
                audit.updated(c.getId(), PersonRecords.ENTITY, personId, "relationship", p.getRelationship(),
                        Relationship.PRINCIPAL);
                p.setRelationship(Relationship.PRINCIPAL);
                audit.updated(c.getId(), CaseServiceImpl.ENTITY, c.getId(), "principal",
                        c.getGivenNames() + " " + c.getFamilyName(), p.getGivenNames() + " " + p.getFamilyName());
                copyToCase(c, p);
                CaseSearch.refresh(em, c.getId());
                changed.accept(c.getId());
                return null;
            });
        } catch (ConflictException e) {
            throw new IllegalStateException(e); // no version is checked
        }
    }

    /** The case keeps its principal applicant's identity (the case list shows and searches it). */
    private static void copyToCase(MigrantCaseEntity c, PersonEntity p) {
        c.setFamilyName(p.getFamilyName());
        c.setGivenNames(p.getGivenNames());
        c.setArabicName(p.getArabicName());
        c.setSex(p.getSex());
        c.setDateOfBirth(p.getDateOfBirth());
        c.setNationality(p.getNationality());
    }

    private static PersonEntity person(EntityManager em, long personId, long expectedVersion)
            throws ConflictException {
        PersonEntity p = em.find(PersonEntity.class, personId);
        if (p == null) {
            throw new IllegalArgumentException("no person " + personId);
        }
        if (expectedVersion >= 0 && p.getVersion() != expectedVersion) {
            throw CaseRecords.personChanged(em, p);
        }
        return p;
    }

    private static MigrantCaseEntity open(EntityManager em, long caseId) throws RefusedException {
        MigrantCaseEntity c = CaseRecords.requireCase(em, caseId);
        if (c.getStatus() == CaseStatus.CLOSED) {
            throw new RefusedException(List.of(Messages.Household_closedCase));
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
