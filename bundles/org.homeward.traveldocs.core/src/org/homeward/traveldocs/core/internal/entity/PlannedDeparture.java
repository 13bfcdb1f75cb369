package org.homeward.traveldocs.core.internal.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The day a case is planned to leave, which issued documents are checked against. One row per case. */
@Entity
@Table(name = "PLANNED_DEPARTURE")
public class PlannedDeparture {

    @Id
    @Column(name = "CASE_ID")
    private long caseId;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "DEPARTURE_ON", nullable = false)
    private LocalDate on;

    protected PlannedDeparture() {
        // for JPA
    }

    public PlannedDeparture(long caseId, LocalDate on) {
        this.caseId = caseId;
        this.on = on;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
