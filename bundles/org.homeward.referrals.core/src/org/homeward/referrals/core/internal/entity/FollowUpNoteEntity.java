package org.homeward.referrals.core.internal.entity;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.homeward.referrals.model.FollowUpNote;

/** A note on the follow-up of a referral (a call, a visit, news from the organisation). */
@Entity(name = "FollowUpNote")
@Table(name = "REFERRAL_NOTE")
public class FollowUpNoteEntity implements FollowUpNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "REFERRAL_ID", nullable = false)
    private long referralId;

    @Column(name = "WRITTEN_AT", nullable = false)
    private Instant writtenAt;

    @Column(name = "WRITTEN_BY", nullable = false, length = 64)
    private String writtenBy;

    @Column(name = "NOTE", nullable = false, length = 2000)
    private String note;

    protected FollowUpNoteEntity() {
    }

    public FollowUpNoteEntity(long referralId, Instant writtenAt, String writtenBy, String note) {
        this.referralId = referralId;
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public long getReferralId() {
        return referralId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public String getNote() {
        return note;
    }
}
