package org.homeward.traveldocs.core.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.homeward.traveldocs.model.Embassy;

/** A diplomatic representation in the host country of a country of origin: an embassy or a consulate. */
@Entity(name = "Embassy")
@Table(name = "EMBASSY")
public class EmbassyEntity implements Embassy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "COUNTRY", nullable = false, length = 2)
    private String country;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "CITY", nullable = false, length = 100)
    private String city;

    @Column(name = "ADDRESS", length = 300)
    private String address;

    @Column(name = "PHONE", length = 100)
    private String phone;

    @Column(name = "EMAIL", length = 200)
    private String email;

    /** Languages of correspondence, ISO 639-1 codes separated by commas, preferred first. */
    @Column(name = "LANGUAGES", nullable = false, length = 40)
    private String languages;

    @Column(name = "RECEPTION", length = 200)
    private String reception;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    protected EmbassyEntity() {
    }

    public EmbassyEntity(String country, Kind kind, String city, String languages) {
        this.country = country;
        this.kind = kind;
        this.city = city;
        this.languages = languages;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCountry() {
        return country.strip();
    }

    public Kind getKind() {
        return kind;
    }

    public String getCity() {
        return city;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguages() {
        return languages;
    }

    /** The language letters go out in: the first of {@link #getLanguages()}. */
    public String letterLanguage() {
        String first = languages.split(",")[0].strip();
        return first.isEmpty() ? "fr" : first;
    }

    public String getReception() {
        return reception;
    }

    public boolean isActive() {
        return active;
    }

    public void update(String newCity, String newAddress, String newPhone, String newEmail, String newLanguages,
            String newReception, boolean isActive) {
        this.city = newCity;
        this.address = newAddress;
        this.phone = newPhone;
        this.email = newEmail;
        this.languages = newLanguages;
        this.reception = newReception;
        this.active = isActive;
    }
}
