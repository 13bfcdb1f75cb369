package org.homeward.cases.core.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NextAction;
import org.homeward.cases.model.Priority;
import org.homeward.cases.model.Sex;

/** A case: for now its principal applicant. Households, interviews and consent come with case follow-up. */
@Entity(name = "MigrantCase")
@Table(name = "MIGRANT_CASE")
public class MigrantCaseEntity implements MigrantCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CASE_NUMBER", nullable = false, unique = true, length = 32)
    private String caseNumber;

    @Column(name = "FAMILY_NAME", nullable = false, length = 100)
    private String familyName;

    @Column(name = "GIVEN_NAMES", nullable = false, length = 100)
    private String givenNames;

    @Column(name = "ARABIC_NAME", length = 200)
    private String arabicName;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 32)
    private CaseStatus status = CaseStatus.REGISTERED;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRIORITY", nullable = false, length = 8)
    private Priority priority = Priority.NORMAL;

    /** Normalised names (lower case, no accents) that the type-ahead filter matches. */
    @Column(name = "SEARCH_NAME", nullable = false, length = 420)
    private String searchName;

    @Column(name = "NEXT_ACTION", length = 200)
    private String nextAction;

    @Column(name = "NEXT_ACTION_DUE")
    private java.time.LocalDate nextActionDue;

    @Column(name = "NEXT_ACTION_BY", length = 64)
    private String nextActionBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 64)
    private String updatedBy;

    @PrePersist
    void onCreate() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
        updatedAt = createdAt;
    }

    /** When the case was registered, as the registering service's clock reads (before it is persisted). */
    public void setCreatedAt(Instant at) {
        this.createdAt = at;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getArabicName() {
        return arabicName;
    }

    public void setArabicName(String arabicName) {
        this.arabicName = arabicName;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public DateOfBirth getDateOfBirth() {
        return birthDateEstimated ? DateOfBirth.estimatedYear(birthYear) : DateOfBirth.exact(birthDate);
    }

    public void setDateOfBirth(DateOfBirth dateOfBirth) {
        this.birthDate = dateOfBirth.exactDate();
        this.birthYear = dateOfBirth.year();
        this.birthDateEstimated = dateOfBirth.estimated();
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getSearchName() {
        return searchName;
    }

    public void setSearchName(String searchName) {
        this.searchName = searchName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    /** The next thing to do on the case, when it is due and who is to do it; null when none is set. */
    public NextAction getNextAction() {
        return nextAction == null ? null : new NextAction(nextAction, nextActionDue, nextActionBy);
    }

    public void setNextAction(NextAction next) {
        this.nextAction = next == null ? null : next.what();
        this.nextActionDue = next == null ? null : next.due();
        this.nextActionBy = next == null ? null : next.by();
    }
}
