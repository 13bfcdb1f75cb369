package org.homeward.movements.core.internal.entity;

import java.time.Instant;
import java.time.LocalDate;

import org.homeward.movements.model.Departure;
import org.homeward.movements.model.DepartureKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A departure on a date. */
@Entity(name = "Departure")
@Table(name = "DEPARTURE")
public class DepartureEntity implements Departure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "DEPARTS_ON", nullable = false)
    private LocalDate departsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private DepartureKind kind;

    @Column(name = "LABEL", nullable = false, length = 120)
    private String label;

    @Column(name = "CLOSED", nullable = false)
    private boolean closed;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    protected DepartureEntity() {
    }

    public DepartureEntity(LocalDate departsOn, DepartureKind kind, String label, Instant createdAt, String createdBy) {
        this.departsOn = departsOn;
        this.kind = kind;
        this.label = label;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void close() {
        closed = true;
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
    public LocalDate getDepartsOn() {
        return departsOn;
    }

    @Override
    public DepartureKind getKind() {
        return kind;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }
}
