package org.homeward.cases.core.internal.entity;

import org.homeward.cases.model.Person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An indexed search key of a person's name (phonetic code of a Latin-script name, or normalised
 * Arabic-script word), so that duplicate candidates are found in SQL without loading persons.
 */
@Entity
@Table(name = "PERSON_NAME_KEY")
public class PersonNameKey {

    /** Which part of the name a key comes from. */
    public enum Part {
        /** family name or alias family name */
        F,
        /** given name */
        G,
        /** Arabic-script word */
        A
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Column(name = "PART", nullable = false, length = 1)
    private String part;

    @Column(name = "NAME_KEY", nullable = false, length = 40)
    private String nameKey;

    /** The person's case, nationality and birth year, copied so that searches stay in this table's indexes. */
    @Column(name = "CASE_ID")
    private Long caseId;

    @Column(name = "NATIONALITY", length = 2)
    private String nationality;

    @Column(name = "BIRTH_YEAR")
    private Integer birthYear;

    protected PersonNameKey() {
    }

    public PersonNameKey(Person person, Part part, String nameKey) {
        this.personId = person.getId();
        this.caseId = person.getCaseId();
        this.nationality = person.getNationality();
        this.birthYear = person.getDateOfBirth().year();
        this.part = part.name();
        this.nameKey = nameKey;
    }

    public long getPersonId() {
        return personId;
    }

    public Part getPart() {
        return Part.valueOf(part);
    }

    public String getNameKey() {
        return nameKey;
    }

    public Long getCaseId() {
        return caseId;
    }
}
