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
import org.homeward.cases.model.Interview;
import org.homeward.cases.model.InterviewInput;

/** An interview with the principal applicant: the first (registration) or the second (reintegration planning). */
@Entity(name = "Interview")
@Table(name = "INTERVIEW")
public class InterviewEntity implements Interview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 8)
    private Kind kind;

    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;

    @Column(name = "INTERVIEWER", nullable = false, length = 64)
    private String interviewer;

    @Column(name = "LANGUAGE", nullable = false, length = 8)
    private String language;

    @Column(name = "INTERPRETER", length = 100)
    private String interpreter;

    @Column(name = "PLACE", length = 100)
    private String place;

    @Column(name = "REASON_FOR_RETURN", length = 1000)
    private String reasonForReturn;

    @Column(name = "DESTINATION", length = 200)
    private String destination;

    @Column(name = "FAMILY_CONTACTS", length = 500)
    private String familyContacts;

    @Column(name = "HEALTH_DECLARATION", length = 1000)
    private String healthDeclaration;

    @Column(name = "NOTES", length = 2000)
    private String notes;

    protected InterviewEntity() {
    }

    public InterviewEntity(long caseId, InterviewInput input, String interviewer) {
        this.caseId = caseId;
        this.kind = input.kind();
        this.heldOn = input.heldOn();
        this.interviewer = interviewer;
        this.language = input.language().strip().toLowerCase(java.util.Locale.ROOT);
        this.interpreter = blank(input.interpreter());
        this.place = blank(input.place());
        this.reasonForReturn = blank(input.reasonForReturn());
        this.destination = blank(input.destination());
        this.familyContacts = blank(input.familyContacts());
        this.healthDeclaration = blank(input.healthDeclaration());
        this.notes = blank(input.notes());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public String getLanguage() {
        return language;
    }

    public String getInterpreter() {
        return interpreter;
    }

    public String getPlace() {
        return place;
    }

    public String getReasonForReturn() {
        return reasonForReturn;
    }

    public String getDestination() {
        return destination;
    }

    public String getFamilyContacts() {
        return familyContacts;
    }

    public String getHealthDeclaration() {
        return healthDeclaration;
    }

    public String getNotes() {
        return notes;
    }
}
