package org.homeward.movements.core.internal.entity;

import java.time.ZoneId;

import org.homeward.movements.model.Airport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An airport the office added or corrected. */
@Entity(name = "OfficeAirport")
@Table(name = "OFFICE_AIRPORT")
public class OfficeAirportEntity {

    @Id
    @Column(name = "IATA", length = 3)
    private String iata;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "NAME", nullable = false, length = 120)
    private String name;

    @Column(name = "CITY", nullable = false, length = 80)
    private String city;

    @Column(name = "COUNTRY", nullable = false, length = 2)
    private String country;

    @Column(name = "TIME_ZONE", nullable = false, length = 40)
    private String zone;

    protected OfficeAirportEntity() {
    }

    public OfficeAirportEntity(String iata) {
        this.iata = iata;
    }

    public void set(Airport a) {
        this.name = a.name();
        this.city = a.city();
        this.country = a.country();
        this.zone = a.zone().getId();
    }

    public Airport view() {
        return new Airport(iata, name, city, country, ZoneId.of(zone));
    }
}
