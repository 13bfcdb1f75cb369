package org.homeward.movements.core.internal.entity;

import java.math.BigDecimal;

import org.homeward.movements.model.BoardingOutcome;
import org.homeward.movements.model.DeparturePassenger;
import org.homeward.movements.model.PreEmbarkation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A passenger of a departure. */
@Entity(name = "DeparturePassenger")
@Table(name = "DEPARTURE_PASSENGER")
public class DeparturePassengerEntity implements DeparturePassenger {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "DEPARTURE_ID", nullable = false)
    private long departureId;

    @Column(name = "BOOKING_ID", nullable = false)
    private long bookingId;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Column(name = "DOCUMENTS_IN_HAND", nullable = false)
    private boolean documentsInHand;

    @Column(name = "FIT_TO_TRAVEL", nullable = false)
    private boolean fitToTravel;

    @Column(name = "WHEELCHAIR", nullable = false)
    private boolean wheelchair;

    @Column(name = "POCKET_MONEY", precision = 12, scale = 2)
    private BigDecimal pocketMoney;

    @Column(name = "RECEIPT_NUMBER", length = 40)
    private String receiptNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 16)
    private BoardingOutcome outcome = BoardingOutcome.PENDING;

    @Column(name = "NO_SHOW_REASON", length = 400)
    private String noShowReason;

    protected DeparturePassengerEntity() {
    }

    public DeparturePassengerEntity(long departureId, long bookingId, long caseId, long personId) {
        this.departureId = departureId;
        this.bookingId = bookingId;
        this.caseId = caseId;
        this.personId = personId;
    }

    public void checked(PreEmbarkation checks) {
        documentsInHand = checks.documentsInHand();
        fitToTravel = checks.fitToTravel();
        wheelchair = checks.wheelchair();
        pocketMoney = checks.pocketMoney();
        receiptNumber = checks.receiptNumber() == null || checks.receiptNumber().isBlank()
                ? null
                : checks.receiptNumber().strip();
    }

    public void outcome(BoardingOutcome outcome, String reason) {
        this.outcome = outcome;
        this.noShowReason = reason;
    }

    /** Merge: the passenger now belongs to the kept case. */
    public void movedTo(long caseId) {
        this.caseId = caseId;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public long getDepartureId() {
        return departureId;
    }

    @Override
    public long getBookingId() {
        return bookingId;
    }

    @Override
    public long getCaseId() {
        return caseId;
    }

    @Override
    public long getPersonId() {
        return personId;
    }

    @Override
    public boolean isDocumentsInHand() {
        return documentsInHand;
    }

    @Override
    public boolean isFitToTravel() {
        return fitToTravel;
    }

    @Override
    public boolean isWheelchair() {
        return wheelchair;
    }

    @Override
    public BigDecimal getPocketMoney() {
        return pocketMoney;
    }

    @Override
    public String getReceiptNumber() {
        return receiptNumber;
    }

    @Override
    public BoardingOutcome getOutcome() {
        return outcome;
    }

    @Override
    public String getNoShowReason() {
        return noShowReason;
    }
}
