package org.homeward.cases.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.Priority;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;

/** How case values read on screen, in the user's language. */
public final class Labels {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private Labels() {
    }

    public static String sex(Sex sex) {
        return switch (sex) {
            case FEMALE -> Messages.Sex_FEMALE;
            case MALE -> Messages.Sex_MALE;
            case OTHER -> Messages.Sex_OTHER;
        };
    }

    public static String relationship(Relationship r) {
        return switch (r) {
            case PRINCIPAL -> Messages.Relationship_PRINCIPAL;
            case SPOUSE -> Messages.Relationship_SPOUSE;
            case CHILD -> Messages.Relationship_CHILD;
            case PARENT -> Messages.Relationship_PARENT;
            case SIBLING -> Messages.Relationship_SIBLING;
            case OTHER -> Messages.Relationship_OTHER;
        };
    }

    public static String vulnerability(VulnerabilityType type) {
        return switch (type) {
            case UNACCOMPANIED_OR_SEPARATED_CHILD -> Messages.Vulnerability_UNACCOMPANIED_OR_SEPARATED_CHILD;
            case TRAFFICKING_VICTIM -> Messages.Vulnerability_TRAFFICKING_VICTIM;
            case MEDICAL_CONDITION -> Messages.Vulnerability_MEDICAL_CONDITION;
            case PREGNANCY -> Messages.Vulnerability_PREGNANCY;
            case DISABILITY -> Messages.Vulnerability_DISABILITY;
            case ELDERLY -> Messages.Vulnerability_ELDERLY;
            case GBV_SURVIVOR -> Messages.Vulnerability_GBV_SURVIVOR;
            case MENTAL_HEALTH_NEED -> Messages.Vulnerability_MENTAL_HEALTH_NEED;
        };
    }

    public static String priority(Priority p) {
        return p == Priority.HIGH ? Messages.Priority_HIGH : Messages.Priority_NORMAL;
    }

    public static String status(CaseStatus status) {
        return switch (status) {
            case REGISTERED -> Messages.Status_REGISTERED;
            case ELIGIBILITY_ASSESSED -> Messages.Status_ELIGIBILITY_ASSESSED;
            case APPROVED -> Messages.Status_APPROVED;
            case TRAVEL_DOCS_REQUESTED -> Messages.Status_TRAVEL_DOCS_REQUESTED;
            case TRAVEL_DOCS_OBTAINED -> Messages.Status_TRAVEL_DOCS_OBTAINED;
            case DEPARTURE_SCHEDULED -> Messages.Status_DEPARTURE_SCHEDULED;
            case DEPARTED -> Messages.Status_DEPARTED;
            case REINTEGRATION_FOLLOW_UP -> Messages.Status_REINTEGRATION_FOLLOW_UP;
            case CLOSED -> Messages.Status_CLOSED;
            case WITHDRAWN -> Messages.Status_WITHDRAWN;
            case REJECTED -> Messages.Status_REJECTED;
            case SUSPENDED -> Messages.Status_SUSPENDED;
            case NO_SHOW -> Messages.Status_NO_SHOW;
        };
    }

    public static String dateOfBirth(DateOfBirth dob) {
        return dob.estimated() ? NLS.bind(Messages.Estimated, dob.format()) : dob.format();
    }

    public static String country(String code) {
        return Nationalities.displayName(code, Locale.getDefault());
    }

    /** The cells of one case-list line, in column order. */
    public static String[] cells(CaseRow row) {
        boolean anonymised = anonymised(row.familyName(), row.givenNames());
        return new String[]{row.caseNumber(), anonymised ? Messages.Case_anonymised : row.familyName(),
                row.givenNames(),
                row.arabicName() == null ? "" : row.arabicName(), sex(row.sex()), dateOfBirth(row.dateOfBirth()),
                country(row.nationality()), status(row.status()),
                CREATED.withLocale(Locale.getDefault()).format(row.createdAt())};
    }

    /**
     * Whether a case's names were cleared by the retention schedule: a registered case always has a family and
     * a given name, so none means anonymised.
     */
    public static boolean anonymised(String familyName, String givenNames) {
        return (familyName == null || familyName.isBlank()) && (givenNames == null || givenNames.isBlank());
    }

    /** The name a screen shows for a case or a person: "(anonymised)" once the names were cleared. */
    public static String name(String givenNames, String familyName) {
        return anonymised(familyName, givenNames) ? Messages.Case_anonymised : (familyName + " " + givenNames).strip();
    }

    public static String[] columns() {
        return new String[]{Messages.Column_caseNumber, Messages.Column_familyName, Messages.Column_givenNames,
                Messages.Column_arabicName, Messages.Column_sex, Messages.Column_dateOfBirth,
                Messages.Column_nationality,
                Messages.Column_status, Messages.Column_created};
    }

    public static String documentKind(org.homeward.cases.model.DocumentKind kind) {
        return switch (kind) {
            case PASSPORT -> Messages.DocumentKind_PASSPORT;
            case NATIONAL_ID_CARD -> Messages.DocumentKind_NATIONAL_ID_CARD;
            case CONSULAR_CARD -> Messages.DocumentKind_CONSULAR_CARD;
            case BIRTH_CERTIFICATE -> Messages.DocumentKind_BIRTH_CERTIFICATE;
            case RESIDENCE_PERMIT -> Messages.DocumentKind_RESIDENCE_PERMIT;
            case LAISSEZ_PASSER -> Messages.DocumentKind_LAISSEZ_PASSER;
            case OTHER -> Messages.DocumentKind_OTHER;
        };
    }

    public static String attachmentKind(org.homeward.cases.model.AttachmentKind kind) {
        return switch (kind) {
            case PASSPORT_SCAN -> Messages.AttachmentKind_PASSPORT_SCAN;
            case IDENTITY_DOCUMENT_SCAN -> Messages.AttachmentKind_IDENTITY_DOCUMENT_SCAN;
            case CONSENT_FORM -> Messages.AttachmentKind_CONSENT_FORM;
            case MEDICAL_CERTIFICATE -> Messages.AttachmentKind_MEDICAL_CERTIFICATE;
            case PHOTO -> Messages.AttachmentKind_PHOTO;
            case TRAVEL_DOCUMENT -> Messages.AttachmentKind_TRAVEL_DOCUMENT;
            case OTHER -> Messages.AttachmentKind_OTHER;
            case GENERATED -> Messages.AttachmentKind_GENERATED;
        };
    }

    /** A language's name in the workbench's language, from its ISO 639 code; empty for none. */
    public static String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = java.util.Locale.of(code.strip()).getDisplayLanguage();
        return name.isEmpty() || name.equals(code.strip()) ? code.strip() : name;
    }
}
