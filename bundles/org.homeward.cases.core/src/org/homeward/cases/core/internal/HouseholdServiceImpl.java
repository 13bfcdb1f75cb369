package org.homeward.cases.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
    }

    @Override
    public List<FieldProblem> validate(PersonDraft draft) {
        return CaseValidator.validate(draft, LocalDate.now(clock));
    }

    @Override
    public List<Person> members(long caseId) {
        return Transactions.read(emf, em -> em.createQuery("SELECT p FROM Person p WHERE p.caseId = :id"
                + " ORDER BY CASE WHEN p.relationship = :principal THEN 0 ELSE 1 END, p.id", Person.class)
                .setParameter("id", caseId).setParameter("principal", Relationship.PRINCIPAL).getResultList());
    }

    @Override
    public Person addMember(long caseId, PersonDraft draft, Relationship relationship)
            throws ValidationException, RefusedException {
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
                MigrantCase c = CaseRecords.requireCase(em, caseId);
                if (c.getStatus() == CaseStatus.CLOSED) {
                    throw new RefusedException(List.of(Messages.Household_closedCase));
                }
                return PersonRecords.insert(em, new AuditTrail(em, user.name(), clock.instant()),
                        new Person(caseId, relationship, draft));
            });
        } catch (ConflictException e) {
            throw new IllegalStateException(e); // adding a member changes no record another user may hold
        }
    }
}
