package org.homeward.cases.core.internal;

import java.time.Instant;

import org.homeward.cases.core.internal.entity.AuditEntryEntity;
import org.homeward.cases.model.AuditEntry;

/** An audit line as shown: its values opened with the case's key, or null once the case was anonymised. */
record AuditLine(Long getId, Instant getAt, String getUserName, Long getCaseId, String getEntity, long getEntityId,
        Action getAction, String getField, String getOldValue, String getNewValue) implements AuditEntry {

    static AuditLine of(AuditEntryEntity e, byte[] key) {
        return new AuditLine(e.getId(), e.getAt(), e.getUserName(), e.getCaseId(), e.getEntity(), e.getEntityId(),
                e.getAction(), field(e.getField(), key), CaseDataKeys.open(key, e.getOldValue()),
                CaseDataKeys.open(key, e.getNewValue()));
    }

    /** A status line's reason opened; "status" alone once it can no longer be read. */
    private static String field(String field, byte[] key) {
        if (field == null || !field.startsWith(AuditRows.REASON)) {
            return field;
        }
        String reason = CaseDataKeys.open(key, field.substring(AuditRows.REASON.length()));
        return reason == null ? "status" : AuditRows.REASON + reason;
    }
}
