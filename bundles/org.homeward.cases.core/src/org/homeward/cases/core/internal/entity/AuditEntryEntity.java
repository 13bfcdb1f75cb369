package org.homeward.cases.core.internal.entity;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.homeward.cases.model.AuditEntry;

/**
 * One line of the audit trail, as read: who changed which field of which record, when, from what to
 * what, or who saw it. Lines are written by {@code AuditRows} alone, in the transaction of the change,
 * chained by hash to the line before; this mapping has no public constructor and no setter, so that no
 * code path updates or deletes a line.
 */
@Entity(name = "AuditEntry")
@Table(name = "AUDIT_ENTRY")
public class AuditEntryEntity implements AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "AT_TIME", nullable = false)
    private Instant at;

    @Column(name = "USER_NAME", nullable = false, length = 64)
    private String userName;

    @Column(name = "CASE_ID")
    private Long caseId;

    @Column(name = "ENTITY", nullable = false, length = 64)
    private String entity;

    @Column(name = "ENTITY_ID", nullable = false)
    private long entityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, length = 16)
    private Action action;

    @Column(name = "FIELD", length = 400)
    private String field;

    @Column(name = "OLD_VALUE", length = 4100)
    private String oldValue;

    @Column(name = "NEW_VALUE", length = 4100)
    private String newValue;

    @Column(name = "CHAIN_SEQ")
    private Long chainSeq;

    @Column(name = "CHAIN_HASH", length = 64)
    private String chainHash;

    protected AuditEntryEntity() {
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUserName() {
        return userName;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getEntity() {
        return entity;
    }

    public long getEntityId() {
        return entityId;
    }

    public Action getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    /** The line's place in the hash chain; null for lines written before the chain. */
    public Long getChainSeq() {
        return chainSeq;
    }

    public String getChainHash() {
        return chainHash;
    }
}
