package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.core.internal.entity.EligibilityEntity;
import org.homeward.cases.model.Eligibility;
import org.homeward.cases.model.EligibilityCriteria;
import org.homeward.cases.model.EligibilityDecision;
import org.homeward.cases.model.service.EligibilityService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/** EligibilityEntity on JPA: decided by a programme officer, consistent with the checklist, audited. */
@Component(service = EligibilityService.class)
public class EligibilityServiceImpl implements EligibilityService {

    static final String ENTITY = "Eligibility";
    static final String DECISION = "decision";
    static final String REASON = "reason";
    static final String CRITERIA = "criteria";

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;

    @Activate
    public EligibilityServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemUTC());
    }

    EligibilityServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public Optional<Eligibility> eligibility(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.optional(Transactions.read(emf, em -> Optional.ofNullable(CaseRecords.eligibility(em, caseId))));
    }

    /** What the checklist does not support in the decision; the consent criterion needs a recorded consent. */
    static List<FieldProblem> validate(EligibilityCriteria criteria, EligibilityDecision decision, String reason,
            boolean consentRecorded) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new FieldProblem(DECISION, Messages.Eligibility_decisionRequired));
        } else if (decision == EligibilityDecision.ELIGIBLE) {
            for (String missing : missing(criteria)) {
                problems.add(new FieldProblem(DECISION, NLS.bind(Messages.Eligibility_criterionMissing, missing)));
            }
        } else if (decision == EligibilityDecision.NOT_ELIGIBLE && (reason == null || reason.isBlank())) {
            problems.add(new FieldProblem(REASON, Messages.Eligibility_reasonRequired));
        }
        if (criteria.informedConsent() && !consentRecorded) {
            problems.add(new FieldProblem(CRITERIA, Messages.Eligibility_consentMissing));
        }
        return problems;
    }

    private static List<String> missing(EligibilityCriteria c) {
        List<String> missing = new ArrayList<>();
        if (!c.voluntary()) {
            missing.add(Messages.Criterion_voluntary);
        }
        if (!c.irregularSituation()) {
            missing.add(Messages.Criterion_irregularSituation);
        }
        if (!c.notPreviouslyAssisted()) {
            missing.add(Messages.Criterion_notPreviouslyAssisted);
        }
        if (!c.informedConsent()) {
            missing.add(Messages.Criterion_informedConsent);
        }
        return missing;
    }

    @Override
    public java.util.Optional<String> whyNotAllowed() {
        user.require(Permission.READ_CASE);
        return user.can(Permission.DECIDE_ELIGIBILITY)
                ? java.util.Optional.empty()
                : java.util.Optional.of(Messages.Eligibility_onlyProgrammeOfficer);
    }

    @Override
    public EligibilityEntity assess(long caseId, EligibilityCriteria criteria, EligibilityDecision decision,
            String reason,
            Long expectedVersion) throws RefusedException, ValidationException, ConflictException {
        user.require(Permission.DECIDE_ELIGIBILITY);
        java.util.Optional<String> refused = whyNotAllowed();
        if (refused.isPresent()) {
            throw new RefusedException(List.of(refused.get()));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return CaseRecords.inTransaction(emf, NLS.bind(Messages.Entity_eligibility, caseId), em -> {
            CaseRecords.requireCase(em, caseId);
            List<FieldProblem> problems = validate(criteria, decision, why, CaseRecords.consent(em, caseId) != null);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Instant now = clock.instant();
            AuditTrail audit = new AuditTrail(em, user.name(), now);
            CaseRecords.lockCase(em, caseId);
            EligibilityEntity e = CaseRecords.eligibility(em, caseId);
            CaseRecords.checkSeen(NLS.bind(Messages.Entity_eligibility, caseId), expectedVersion, e == null
                    ? null
                    : e.getVersion(), e == null ? null : e.getDecidedBy());
            if (e == null) {
                e = new EligibilityEntity(caseId);
                apply(e, criteria, decision, why, now);
                em.persist(e);
                em.flush();
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put(CRITERIA, criteria);
                fields.put(DECISION, decision);
                fields.put(REASON, why);
                audit.created(caseId, ENTITY, e.getId(), fields);
                return e;
            }
            audit.updated(caseId, ENTITY, e.getId(), CRITERIA, e.getCriteria(), criteria);
            audit.updated(caseId, ENTITY, e.getId(), DECISION, e.getDecision(), decision);
            audit.updated(caseId, ENTITY, e.getId(), REASON, e.getReason(), why);
            apply(e, criteria, decision, why, now);
            em.flush();
            return e;
        });
    }

    private void apply(EligibilityEntity e, EligibilityCriteria criteria, EligibilityDecision decision, String reason,
            Instant now) {
        e.setCriteria(criteria);
        e.setDecision(decision);
        e.setReason(reason);
        e.setDecidedBy(user.name());
        e.setDecidedAt(now);
    }
}
