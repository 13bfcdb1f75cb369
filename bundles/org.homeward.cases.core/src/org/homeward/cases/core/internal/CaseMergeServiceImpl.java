package org.homeward.cases.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.core.internal.entity.MigrantCaseEntity;
import org.homeward.cases.core.internal.entity.StatusChangeEntity;
import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.PersonNameKey;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.cases.model.service.CaseMergeService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.ValidationException;
import org.homeward.common.validation.RefusedException;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Merging on JPA, in one transaction: persons (with their name keys and vulnerabilities),
 * interviews, attachments, and the merged case's eligibility when the kept case has none, move to
 * the kept case; each person keeps their own consent (the merged case's consent stays with it and
 * still covers the persons it covered; the kept case's does not extend to them); every other area moves its own rows through its
 * {@link CaseLifecycleParticipant}, in the same transaction; the merged case is closed with a
 * status change naming the kept one. Status history, audit trail and sharing log stay where they
 * were written.
 */
@Component(service = CaseMergeService.class)
public class CaseMergeServiceImpl implements CaseMergeService {

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Clock clock;
    private final List<CaseLifecycleParticipant> participants = new CopyOnWriteArrayList<>();

    @Activate
    public CaseMergeServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this(emf, user, Clock.systemUTC());
    }

    CaseMergeServiceImpl(EntityManagerFactory emf, CurrentUser user, Clock clock) {
        this.emf = emf;
        this.user = user;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addParticipant(CaseLifecycleParticipant participant) {
        participants.add(participant);
    }

    void removeParticipant(CaseLifecycleParticipant participant) {
        participants.remove(participant);
    }

    @Override
    public java.util.Optional<String> whyNotAllowed() {
        user.require(Permission.READ_CASE);
        return user.can(Permission.MERGE)
                ? java.util.Optional.empty()
                : java.util.Optional.of(Messages.Merge_onlyAdministrator);
    }

    @Override
    public MigrantCaseEntity merge(long keepCaseId, long keepVersion, long mergedCaseId, long mergedVersion,
            String reason) throws RefusedException, ConflictException {
        user.require(Permission.MERGE);
        List<String> refused = new ArrayList<>();
        whyNotAllowed().ifPresent(refused::add);
        if (keepCaseId == mergedCaseId) {
            refused.add(Messages.Merge_sameCase);
        }
        if (reason == null || reason.isBlank()) {
            refused.add(NLS.bind(Messages.Problem_required, Messages.Merge_reason));
        }
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
        String what = NLS.bind(Messages.Entity_case, keepCaseId + " / " + mergedCaseId);
        try {
            return CaseRecords.inTransaction(emf, what, em -> {
                MigrantCaseEntity before = CaseRecords.requireCase(em, keepCaseId);
                MigrantCaseEntity beforeMerged = CaseRecords.requireCase(em, mergedCaseId);
                CaseRecords.checkVersion(NLS.bind(Messages.Entity_case, before.getCaseNumber()), keepVersion,
                        before.getVersion(), before.getUpdatedBy());
                CaseRecords.checkVersion(NLS.bind(Messages.Entity_case, beforeMerged.getCaseNumber()), mergedVersion,
                        beforeMerged.getVersion(), beforeMerged.getUpdatedBy());
                if (before.getStatus() == CaseStatus.CLOSED || beforeMerged.getStatus() == CaseStatus.CLOSED) {
                    throw new RefusedException(List.of(Messages.Merge_closedCase));
                }
                // both cases' rows locked (and their versions moved) before anything moves: a workstation editing
                // either one meanwhile is refused, as is a second merge of the same cases
                em.lock(before, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                em.lock(beforeMerged, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                em.flush();
                return mergeRows(em, keepCaseId, mergedCaseId, reason);
            });
        } catch (ValidationException e) {
            throw new IllegalStateException(e); // a merge validates nothing field by field
        }
    }

    private MigrantCaseEntity mergeRows(EntityManager em, long keepCaseId, long mergedCaseId, String reason) {
        move(em, keepCaseId, mergedCaseId);
        for (CaseLifecycleParticipant p : participants) { // each area moves its own rows, in this transaction
            p.merged(keepCaseId, mergedCaseId);
        }
        em.clear();
        MigrantCaseEntity keep = em.find(MigrantCaseEntity.class, keepCaseId); // bulk updates cleared the context
        MigrantCaseEntity merged = em.find(MigrantCaseEntity.class, mergedCaseId);
        Instant now = clock.instant();
        String why = NLS.bind(Messages.Merge_statusReason, keep.getCaseNumber(), reason.strip());
        em.persist(new StatusChangeEntity(mergedCaseId, merged.getStatus(), CaseStatus.CLOSED, why, user.name(), now));
        AuditTrail audit = new AuditTrail(em, user.name(), now);
        audit.status(mergedCaseId, merged.getStatus(), CaseStatus.CLOSED, why);
        audit.updated(keepCaseId, CaseServiceImpl.ENTITY, keepCaseId, "mergedFrom", null, merged.getCaseNumber());
        merged.setStatus(CaseStatus.CLOSED);
        merged.setUpdatedBy(user.name());
        keep.setUpdatedBy(user.name());
        CaseSearch.refresh(em, keepCaseId); // the merged persons' names find the kept case
        return keep;
    }

    private static void move(EntityManager em, long to, long from) {
        for (PersonEntity p : em.createQuery("SELECT p FROM Person p WHERE p.caseId = :c", PersonEntity.class)
                .setParameter("c", from).getResultList()) {
            Relationship relationship = p.getRelationship() == Relationship.PRINCIPAL
                    ? Relationship.OTHER
                    : p.getRelationship();
            // bulk updates move the version too, so that an editor holding the row's old version is refused
            em.createQuery("UPDATE Person p SET p.caseId = :to, p.relationship = :r, p.version = p.version + 1"
                    + " WHERE p.id = :id")
                    .setParameter("to", to).setParameter("r", relationship).setParameter("id", p.getId())
                    .executeUpdate();
        }
        em.createQuery("UPDATE PersonNameKey x SET x.caseId = :to WHERE x.caseId = :from").setParameter("to", to)
                .setParameter("from", from).executeUpdate(); // derived search keys: no version, no editor
        for (String entity : List.of("Vulnerability", "Interview", "Attachment")) {
            em.createQuery("UPDATE " + entity + " x SET x.caseId = :to, x.version = x.version + 1"
                    + " WHERE x.caseId = :from").setParameter("to", to).setParameter("from", from).executeUpdate();
        }
        if (CaseRecords.eligibility(em, to) == null) {
            em.createQuery("UPDATE Eligibility x SET x.caseId = :to, x.version = x.version + 1"
                    + " WHERE x.caseId = :from").setParameter("to", to).setParameter("from", from).executeUpdate();
        }
        em.clear();
    }
}
