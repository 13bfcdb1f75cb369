package org.homeward.cases.core.internal;

import org.homeward.common.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.StatusChangeEntity;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.CaseWorkflow;
import org.homeward.cases.model.StatusChange;
import org.homeward.cases.model.service.CaseEvents;
import org.homeward.cases.model.service.CaseWorkflowService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Views;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** The case workflow on JPA: guards, history and audit in the transaction of the move. */
@Component(service = CaseWorkflowService.class)
public class CaseWorkflowServiceImpl implements CaseWorkflowService {

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public CaseWorkflowServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemUTC());
    }

    CaseWorkflowServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
    }

    private WorkflowGuards.Facts facts(EntityManager em, MigrantCaseEntity c) {
        return new WorkflowGuards.Facts(c.getStatus(), CaseRecords.suspendedFrom(em, c),
                CaseRecords.consent(em, c.getId()), CaseRecords.eligibility(em, c.getId()), user.role());
    }

    @Override
    public Map<CaseStatus, List<String>> options(long caseId) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> {
            MigrantCaseEntity c = CaseRecords.requireCase(em, caseId);
            WorkflowGuards.Facts facts = facts(em, c);
            Map<CaseStatus, List<String>> result = new LinkedHashMap<>();
            for (CaseStatus target : CaseStatus.values()) {
                if (CaseWorkflow.next(c.getStatus(), facts.suspendedFrom()).contains(target)) {
                    result.put(target, WorkflowGuards.unmet(facts, target));
                }
            }
            return result;
        });
    }

    @Override
    public MigrantCaseEntity transition(long caseId, long expectedVersion, CaseStatus target, String reason)
            throws RefusedException, ConflictException {
        user.require(Permission.EDIT_CASE);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        CaseStatus[] from = new CaseStatus[1];
        MigrantCaseEntity moved;
        try {
            moved = CaseRecords.inTransaction(emf, NLS.bind(Messages.Entity_case, caseId), em -> {
                MigrantCaseEntity c = CaseRecords.requireCase(em, caseId);
                CaseRecords.checkVersion(NLS.bind(Messages.Entity_case, c.getCaseNumber()), expectedVersion,
                        c.getVersion(), c.getUpdatedBy());
                List<String> unmet = new ArrayList<>(WorkflowGuards.unmet(facts(em, c), target));
                if (target.needsReason() && why == null) {
                    unmet.add(NLS.bind(Messages.Workflow_reasonRequired, Labels.status(target)));
                }
                if (!unmet.isEmpty()) {
                    throw new RefusedException(unmet);
                }
                from[0] = c.getStatus();
                Instant now = clock.instant();
                c.setStatus(target);
                c.setUpdatedBy(user.name());
                em.persist(new StatusChangeEntity(caseId, from[0], target, why, user.name(), now));
                new AuditTrail(em, user.name(), now).status(caseId, from[0], target, why);
                em.flush();
                return c;
            });
        } catch (ValidationException e) {
            throw new IllegalStateException(e); // no validation in a move: its conditions are refusals
        }
        EventAdmin admin = events;
        if (admin != null) {
            Event posted = new Event(CaseEvents.TOPIC_STATUS_CHANGED, Map.of(CaseEvents.CASE_ID, caseId,
                    CaseEvents.CASE_NUMBER, moved.getCaseNumber(), CaseEvents.FROM, from[0].name(), CaseEvents.TO,
                    target.name()));
            Transactions.afterCommit(emf, () -> admin.postEvent(posted));
        }
        return moved;
    }

    @Override
    public List<StatusChange> history(long caseId) {
        user.require(Permission.READ_CASE);
        return Views.list(Transactions.read(emf, em -> em
                .createQuery("SELECT s FROM StatusChange s WHERE s.caseId = :id ORDER BY s.id",
                        StatusChangeEntity.class)
                .setParameter("id", caseId).getResultList()));
    }
}
