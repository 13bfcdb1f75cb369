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
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.SharingRecord;

/**
 * The sharing log: who sent which case's (or person's) data to whom, when and why. Written in the
 * transaction of the sharing, after the consent scope was checked; never changed.
 */
@Entity(name = "SharingRecord")
@Table(name = "SHARING_LOG")
public class SharingRecordEntity implements SharingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    /** The person whose data went; null when it was the whole household's. */
    @Column(name = "PERSON_ID")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "RECIPIENT", nullable = false, length = 32)
    private Recipient recipient;

    @Column(name = "RECIPIENT_NAME", nullable = false, length = 200)
    private String recipientName;

    @Column(name = "PURPOSE", nullable = false, length = 200)
    private String purpose;

    @Column(name = "FIELDS", length = 400)
    private String fields;

    @Column(name = "SHARED_AT", nullable = false)
    private Instant sharedAt;

    @Column(name = "SHARED_BY", nullable = false, length = 64)
    private String sharedBy;

    protected SharingRecordEntity() {
    }

    public SharingRecordEntity(long caseId, Long personId, Recipient recipient, String recipientName, String purpose,
            String fields, Instant sharedAt, String sharedBy) {
        this.fields = fields == null || fields.length() <= 400 ? fields : fields.substring(0, 399) + "…";
        this.caseId = caseId;
        this.personId = personId;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.purpose = purpose;
        this.sharedAt = sharedAt;
        this.sharedBy = sharedBy;
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Recipient getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getFields() {
        return fields;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public String getSharedBy() {
        return sharedBy;
    }
}
