package org.homeward.cases.core.internal.entity;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;

/** A person of a case's household, the principal applicant included. */
@Entity(name = "Person")
@Table(name = "PERSON")
public class PersonEntity implements Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    /** Moved by each screening, as a compare-and-set in SQL (VulnerabilityServiceImpl), never by JPA. */
    @Column(name = "SCREENING_VERSION", insertable = false, updatable = false)
    private long screeningVersion;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "RELATIONSHIP", nullable = false, length = 16)
    private Relationship relationship;

    @Column(name = "FAMILY_NAME", nullable = false, length = 100)
    private String familyName;

    @Column(name = "GIVEN_NAMES", nullable = false, length = 100)
    private String givenNames;

    @Column(name = "ARABIC_NAME", length = 200)
    private String arabicName;

    @Column(name = "ALIASES", length = 300)
    private String aliases;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEX", nullable = false, length = 16)
    private Sex sex;

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    @Column(name = "BIRTH_YEAR", nullable = false)
    private int birthYear;

    @Column(name = "BIRTH_DATE_ESTIMATED", nullable = false)
    private boolean birthDateEstimated;

    @Column(name = "NATIONALITY", nullable = false, length = 2)
    private String nationality;

    @Column(name = "PLACE_OF_BIRTH", length = 100)
    private String placeOfBirth;

    @Column(name = "LANGUAGES", length = 200)
    private String languages;

    @Column(name = "PHONE", length = 40)
    private String phone;

    @Column(name = "CITY_OF_RESIDENCE", length = 100)
    private String cityOfResidence;

    @Column(name = "ENTRY_DATE")
    private LocalDate entryDate;

    @Column(name = "ENTRY_ROUTE", length = 200)
    private String entryRoute;

    @Column(name = "NO_DOCUMENTS", nullable = false)
    private boolean noDocuments;

    /** Version of the algorithm that computed this person's name keys; 0 when they are still to compute. */
    @Column(name = "NAME_KEYS_VERSION", nullable = false)
    private int nameKeysVersion;

    protected PersonEntity() {
    }

    public PersonEntity(long caseId, Relationship relationship, PersonDraft draft) {
        this.caseId = caseId;
        this.relationship = relationship;
        this.familyName = draft.familyName().strip();
        this.givenNames = draft.givenNames().strip();
        this.arabicName = blankToNull(draft.arabicName());
        this.aliases = blankToNull(draft.aliases());
        this.sex = draft.sex();
        setDateOfBirth(draft.dateOfBirth());
        this.nationality = draft.nationality();
    }

    /** Replaces the identity typed wrong (names, sex, date of birth, nationality). */
    public void correct(PersonDraft draft) {
        this.familyName = draft.familyName().strip();
        this.givenNames = draft.givenNames().strip();
        this.arabicName = blankToNull(draft.arabicName());
        this.aliases = blankToNull(draft.aliases());
        this.sex = draft.sex();
        setDateOfBirth(draft.dateOfBirth());
        this.nationality = draft.nationality();
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public long getScreeningVersion() {
        return screeningVersion;
    }

    public long getCaseId() {
        return caseId;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getArabicName() {
        return arabicName;
    }

    public String getAliases() {
        return aliases;
    }

    public Sex getSex() {
        return sex;
    }

    public DateOfBirth getDateOfBirth() {
        return birthDateEstimated ? DateOfBirth.estimatedYear(birthYear) : DateOfBirth.exact(birthDate);
    }

    public final void setDateOfBirth(DateOfBirth dateOfBirth) {
        this.birthDate = dateOfBirth.exactDate();
        this.birthYear = dateOfBirth.year();
        this.birthDateEstimated = dateOfBirth.estimated();
    }

    public String getNationality() {
        return nationality;
    }

    public PersonDetails getDetails() {
        return new PersonDetails(placeOfBirth, languages, phone, cityOfResidence, entryDate, entryRoute, noDocuments);
    }

    public void setDetails(PersonDetails details) {
        this.placeOfBirth = details.placeOfBirth();
        this.languages = details.languages();
        this.phone = details.phone();
        this.cityOfResidence = details.cityOfResidence();
        this.entryDate = details.entryDate();
        this.entryRoute = details.entryRoute();
        this.noDocuments = details.noDocuments();
    }

    public int getNameKeysVersion() {
        return nameKeysVersion;
    }

    public void setNameKeysVersion(int nameKeysVersion) {
        this.nameKeysVersion = nameKeysVersion;
    }

    /** Whether the person is a minor on {@code day} (for an estimated year, by the year alone). */
    public boolean isMinorOn(LocalDate day) {
        DateOfBirth dob = getDateOfBirth();
        if (dob.estimated()) {
            return day.getYear() - dob.year() < 18;
        }
        return dob.exactDate().plusYears(18).isAfter(day);
    }
}
