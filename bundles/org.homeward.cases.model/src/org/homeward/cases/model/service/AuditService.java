package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.Instant;

import org.homeward.cases.model.AuditRecorder;

/**
 * The audit trail every capability writes to. A recorder writes in the transaction running on the
 * calling thread (see {@code org.homeward.persistence.Transactions}), so a change and its trail
 * commit together or not at all: ask for it inside the transaction of the change.
 *
 * @since 1.3
 */
public interface AuditService {

    /** A recorder naming {@code user} and {@code at} in its entries. */
    @Requires({})
    AuditRecorder recorder(String user, Instant at);

    /** The trail of a record that belongs to no case (an organisation, an embassy, a procedure), newest first. */
    @Requires(Permission.READ_CASE)
    java.util.List<org.homeward.cases.model.AuditEntry> trailOf(String entity);

    /**
     * Checks the whole trail's hash chain, oldest line first, and says where it first breaks: a line
     * altered, removed or inserted, or the trail's end cut off. For administrators; long, so it reports
     * its progress (lines checked) and stops when cancelled.
     *
     * @throws org.homeward.common.validation.RefusedException the user is not an administrator
     * @throws java.util.concurrent.CancellationException when {@code cancelled} said so
     * @since 2.5
     */
    @Requires(Permission.VERIFY_AUDIT)
    AuditVerification verify(java.util.function.LongConsumer progress, java.util.function.BooleanSupplier cancelled)
            throws org.homeward.common.validation.RefusedException;

    /**
     * What {@link #verify} found.
     *
     * @param checked the chained lines checked
     * @param unchained lines written before the chain existed (schema version 17 of the case area), not
     *        checked
     * @param firstBrokenId the id of the first line whose hash or place does not hold, or null when the
     *        chain holds
     * @param problem why that line breaks the chain, for the administrator; empty when it holds
     * @since 2.5
     */
    record AuditVerification(long checked, long unchained, Long firstBrokenId, String problem) {

        public boolean intact() {
            return firstBrokenId == null && problem.isEmpty();
        }
    }
}
