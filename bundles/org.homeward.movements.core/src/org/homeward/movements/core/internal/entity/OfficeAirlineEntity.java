package org.homeward.movements.core.internal.entity;

import org.homeward.movements.model.Airline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An airline the office added or corrected. */
@Entity(name = "OfficeAirline")
@Table(name = "OFFICE_AIRLINE")
public class OfficeAirlineEntity {

    @Id
    @Column(name = "IATA", length = 2)
    private String iata;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "NAME", nullable = false, length = 120)
    private String name;

    protected OfficeAirlineEntity() {
    }

    public OfficeAirlineEntity(String iata) {
        this.iata = iata;
    }

    public void set(Airline a) {
        this.name = a.name();
    }

    public Airline view() {
        return new Airline(iata, name);
    }
}
