package org.homeward.movements.core.internal.entity;

import java.math.BigDecimal;
import java.time.Instant;

import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A booking of flights. */
@Entity(name = "Booking")
@Table(name = "BOOKING")
public class BookingEntity implements Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private BookingStatus status;

    @Column(name = "PNR", length = 12)
    private String pnr;

    @Column(name = "AGENCY", length = 120)
    private String agency;

    @Column(name = "FARE", precision = 12, scale = 2)
    private BigDecimal fare;

    @Column(name = "TAXES", precision = 12, scale = 2)
    private BigDecimal taxes;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Column(name = "DONOR", length = 120)
    private String donor;

    @Column(name = "PROJECT_CODE", length = 40)
    private String projectCode;

    @Column(name = "OPTION_UNTIL")
    private Instant optionUntil;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    protected BookingEntity() {
    }

    public BookingEntity(String pnr, String agency, BigDecimal fare, BigDecimal taxes, String currency, String donor,
            String projectCode, Instant optionUntil, Instant createdAt, String createdBy) {
        this.status = BookingStatus.OPTION;
        this.pnr = pnr;
        this.agency = agency;
        this.fare = fare;
        this.taxes = taxes;
        this.currency = currency;
        this.donor = donor;
        this.projectCode = projectCode;
        this.optionUntil = optionUntil;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Moves the booking; a ticketed booking no longer has an option to lapse. */
    public void moveTo(BookingStatus to) {
        this.status = to;
        if (to != BookingStatus.OPTION) {
            this.optionUntil = null;
        }
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
    public BookingStatus getStatus() {
        return status;
    }

    @Override
    public String getPnr() {
        return pnr;
    }

    @Override
    public String getAgency() {
        return agency;
    }

    @Override
    public BigDecimal getFare() {
        return fare;
    }

    @Override
    public BigDecimal getTaxes() {
        return taxes;
    }

    @Override
    public String getCurrency() {
        return currency;
    }

    @Override
    public String getDonor() {
        return donor;
    }

    @Override
    public String getProjectCode() {
        return projectCode;
    }

    @Override
    public Instant getOptionUntil() {
        return optionUntil;
    }
}
