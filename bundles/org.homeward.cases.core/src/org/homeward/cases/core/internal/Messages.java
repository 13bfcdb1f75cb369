package org.homeward.cases.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the case services (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String Field_familyName;
    public static String Field_givenNames;
    public static String Field_arabicName;
    public static String Field_sex;
    public static String Field_dateOfBirth;
    public static String Field_nationality;
    public static String Field_aliases;
    public static String Merge_onlyAdministrator;
    public static String Merge_sameCase;
    public static String Merge_reason;
    public static String Merge_closedCase;
    public static String Merge_statusReason;

    public static String Interview_kind;
    public static String Interview_date;
    public static String Interview_language;
    public static String Interview_reason;
    public static String Interview_destination;

    public static String Field_relationship;
    public static String Household_secondPrincipal;
    public static String Household_closedCase;
    public static String Duplicates_indexJob;
    public static String Demo_job;
    public static String Demo_done;
    public static String Demo_badCount;
    public static String Problem_required;
    public static String Problem_tooLong;
    public static String Problem_notLatin;
    public static String Problem_notArabic;
    public static String Problem_future;
    public static String Problem_tooOld;
    public static String Problem_unknownCountry;
    public static String Workflow_notAllowed;
    public static String Workflow_reasonRequired;
    public static String Workflow_needsConsent;
    public static String Workflow_needsDecision;
    public static String Workflow_needsEligible;
    public static String Workflow_needsProgrammeOfficer;
    public static String Workflow_needsEmbassyScope;
    public static String Workflow_noCase;
    public static String Conflict_changed;
    public static String Conflict_changedMeanwhile;
    public static String Eligibility_onlyProgrammeOfficer;
    public static String Eligibility_criterionMissing;
    public static String Eligibility_reasonRequired;
    public static String Eligibility_decisionRequired;
    public static String Eligibility_consentMissing;
    public static String Criterion_voluntary;
    public static String Criterion_irregularSituation;
    public static String Criterion_notPreviouslyAssisted;
    public static String Criterion_informedConsent;
    public static String Consent_dateRequired;
    public static String Consent_dateFuture;
    public static String Consent_languageRequired;
    public static String Consent_languageUnknown;
    public static String Consent_withdrawBeforeGiven;
    public static String Consent_none;
    public static String Consent_refused;
    public static String Recipient_EMBASSY_OF_ORIGIN;
    public static String Recipient_MISSION_OF_ORIGIN;
    public static String Recipient_HOST_AUTHORITIES;
    public static String Recipient_PARTNER_ORGANISATIONS;
    public static String Status_REGISTERED;
    public static String Status_ELIGIBILITY_ASSESSED;
    public static String Status_APPROVED;
    public static String Status_TRAVEL_DOCS_REQUESTED;
    public static String Status_TRAVEL_DOCS_OBTAINED;
    public static String Status_DEPARTURE_SCHEDULED;
    public static String Status_DEPARTED;
    public static String Status_REINTEGRATION_FOLLOW_UP;
    public static String Status_CLOSED;
    public static String Status_WITHDRAWN;
    public static String Status_REJECTED;
    public static String Status_SUSPENDED;
    public static String Status_NO_SHOW;
    public static String Entity_case;
    public static String Entity_thisCase;
    public static String Conflict_personChanged;
    public static String Conflict_someoneElse;
    public static String Field_removalReason;
    public static String Field_formerPrincipal;
    public static String Household_removePrincipal;
    public static String Household_removeHeld;
    public static String Household_removed;
    public static String Entity_consent;
    public static String Entity_eligibility;

    public static String Field_placeOfBirth;
    public static String Field_languages;
    public static String Field_phone;
    public static String Field_cityOfResidence;
    public static String Field_entryDate;
    public static String Field_entryRoute;
    public static String Field_documentKind;
    public static String Field_documentNumber;
    public static String Field_issuingCountry;
    public static String Field_attachmentKind;
    public static String Field_attachmentDate;
    public static String Field_nextAction;
    public static String Field_nextActionDue;
    public static String Problem_badPhone;
    public static String Problem_beforeBirth;
    public static String Problem_documentsHeld;
    public static String Problem_badDocumentNumber;
    public static String Problem_emptyFile;
    public static String Problem_fileTooLarge;
    public static String Problem_fileType;
    public static String Field_file;
    public static String Attachment_closedCase;
    public static String Entity_person;

    public static String Problem_unreadableFile;

    public static String SearchWords_job;

    public static String Import_reason;

    public static String Audit_noEnd;
    public static String Audit_twice;
    public static String Audit_missing;
    public static String Audit_altered;
    public static String Audit_cutOff;
    public static String Audit_onlyAdministrator;

    public static String Consent_alreadyWithdrawn;
    public static String Consent_personUncovered;
    public static String Consent_personRefused;

    public static String Retention_onlyAdministrator;

    public static String Held_identity;
    public static String Held_documents;
    public static String Held_consents;
    public static String Held_vulnerabilities;
    public static String Held_interviews;
    public static String Held_attachments;
    public static String Held_statuses;
    public static String Held_sharings;
    public static String Held_audit;
    public static String Held_field;
    public static String Held_value;
    public static String Held_kind;
    public static String Held_number;
    public static String Held_country;
    public static String Held_expires;
    public static String Held_givenOn;
    public static String Held_withdrawnOn;
    public static String Held_recipients;
    public static String Held_by;
    public static String Held_note;
    public static String Held_when;
    public static String Held_file;
    public static String Held_status;
    public static String Held_action;
    public static String Held_case;
    public static String Held_relationship;
    public static String Held_familyName;
    public static String Held_givenNames;
    public static String Held_arabicName;
    public static String Held_aliases;
    public static String Held_sex;
    public static String Held_born;
    public static String Held_placeOfBirth;
    public static String Held_languages;
    public static String Held_phone;
    public static String Held_city;
    public static String Held_entry;

    public static String Held_sex_FEMALE;
    public static String Held_sex_MALE;
    public static String Held_sex_OTHER;
    public static String Held_rel_PRINCIPAL;
    public static String Held_rel_SPOUSE;
    public static String Held_rel_CHILD;
    public static String Held_rel_PARENT;
    public static String Held_rel_SIBLING;
    public static String Held_rel_OTHER;
    public static String Entity_screening;
    public static String Conflict_screened;
    public static String Entity_attachment;
    public static String Entity_attachments;

    static {
        NLS.initializeMessages("org.homeward.cases.core.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
