package org.homeward.referrals.core.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.homeward.referrals.model.Organisation;

/** A civil-society organisation that the office refers migrants to (psychosocial support and more). */
@Entity(name = "Organisation")
@Table(name = "ORGANISATION")
public class OrganisationEntity implements Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "CITY", nullable = false, length = 100)
    private String city;

    /** Services offered, in words (psychosocial support, medical care, shelter...). */
    @Column(name = "SERVICES", length = 500)
    private String services;

    /** Contact persons, phones, e-mails. */
    @Column(name = "CONTACTS", length = 500)
    private String contacts;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    protected OrganisationEntity() {
    }

    public OrganisationEntity(String name, String city, String services, String contacts) {
        this.name = name;
        this.city = city;
        this.services = services;
        this.contacts = contacts;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getServices() {
        return services;
    }

    public String getContacts() {
        return contacts;
    }

    public boolean isActive() {
        return active;
    }

    /** Changes the directory entry; an inactive organisation is no longer offered for new referrals. */
    public void update(String newName, String newCity, String newServices, String newContacts, boolean isActive) {
        this.name = newName;
        this.city = newCity;
        this.services = newServices;
        this.contacts = newContacts;
        this.active = isActive;
    }
}
