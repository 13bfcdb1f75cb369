package org.homeward.cases.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the case screens (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String CaseList_filter;
    public static String CaseList_filterHint;
    public static String CaseList_opening;
    public static String CaseList_count;
    public static String CaseList_loading;
    public static String CaseList_loadFailed;
    public static String CaseList_databaseFailed;
    public static String CaseList_jobCount;
    public static String CaseList_jobPage;
    public static String Column_caseNumber;
    public static String Column_familyName;
    public static String Column_givenNames;
    public static String Column_arabicName;
    public static String Column_sex;
    public static String Column_dateOfBirth;
    public static String Column_nationality;
    public static String Column_status;
    public static String Column_created;
    public static String Sex_FEMALE;
    public static String Sex_MALE;
    public static String Sex_OTHER;
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
    public static String NewCase_title;
    public static String NewCase_shellTitle;
    public static String NewCase_message;
    public static String NewCase_familyName;
    public static String NewCase_givenNames;
    public static String NewCase_arabicName;
    public static String NewCase_sex;
    public static String NewCase_dateOfBirth;
    public static String NewCase_dateOfBirthHint;
    public static String NewCase_nationality;
    public static String NewCase_save;
    public static String NewCase_cancel;
    public static String NewCase_saving;
    public static String NewCase_problems;
    public static String NewCase_badDate;
    public static String NewCase_saveFailed;
    public static String NewCase_job;
    public static String Estimated;
    public static String Editor_interviews;
    public static String Interview_kind;
    public static String Interview_date;
    public static String Interview_interviewer;
    public static String Interview_language;
    public static String Interview_interpreter;
    public static String Interview_place;
    public static String Interview_reason;
    public static String Interview_destination;
    public static String Interview_contacts;
    public static String Interview_health;
    public static String Interview_notes;
    public static String Interview_save;
    public static String Interview_badDate;
    public static String Interview_job;
    public static String Interview_FIRST;
    public static String Interview_SECOND;

    public static String CaseList_status;
    public static String CaseList_priority;
    public static String CaseList_nationality;
    public static String CaseList_any;

    public static String Editor_eligibility;
    public static String Eligibility_voluntary;
    public static String Eligibility_irregular;
    public static String Eligibility_notAssisted;
    public static String Eligibility_informed;
    public static String Eligibility_decision;
    public static String Eligibility_reason;
    public static String Eligibility_save;
    public static String Eligibility_none;
    public static String Eligibility_decided;
    public static String Eligibility_job;
    public static String Eligibility_PENDING;
    public static String Eligibility_ELIGIBLE;
    public static String Eligibility_NOT_ELIGIBLE;

    public static String Editor_vulnerabilities;
    public static String Vulnerability_person;
    public static String Vulnerability_note;
    public static String Vulnerability_save;
    public static String Vulnerability_saved;
    public static String Vulnerability_job;
    public static String Vulnerability_UNACCOMPANIED_OR_SEPARATED_CHILD;
    public static String Vulnerability_TRAFFICKING_VICTIM;
    public static String Vulnerability_MEDICAL_CONDITION;
    public static String Vulnerability_PREGNANCY;
    public static String Vulnerability_DISABILITY;
    public static String Vulnerability_ELDERLY;
    public static String Vulnerability_GBV_SURVIVOR;
    public static String Vulnerability_MENTAL_HEALTH_NEED;
    public static String Priority_NORMAL;
    public static String Priority_HIGH;
    public static String Column_priority;
    public static String Editor_headerPriority;

    public static String Editor_status;
    public static String Editor_consent;
    public static String Workflow_current;
    public static String Workflow_to;
    public static String Workflow_from;
    public static String Workflow_possible;
    public static String Workflow_missing;
    public static String Workflow_reason;
    public static String Workflow_apply;
    public static String Workflow_chooseMove;
    public static String Workflow_reasonNeeded;
    public static String Workflow_job;
    public static String Consent_date;
    public static String Consent_language;
    public static String Consent_scopes;
    public static String Consent_save;
    public static String Consent_withdraw;
    public static String Consent_none;
    public static String Consent_given;
    public static String Consent_withdrawn;
    public static String Consent_badDate;
    public static String Consent_job;
    public static String Recipient_EMBASSY_OF_ORIGIN;
    public static String Recipient_MISSION_OF_ORIGIN;
    public static String Recipient_HOST_AUTHORITIES;
    public static String Recipient_PARTNER_ORGANISATIONS;

    public static String Problem_required;
    public static String Relationship_PRINCIPAL;
    public static String Relationship_SPOUSE;
    public static String Relationship_CHILD;
    public static String Relationship_PARENT;
    public static String Relationship_SIBLING;
    public static String Relationship_OTHER;
    public static String Editor_household;
    public static String Editor_history;
    public static String Editor_addPerson;
    public static String Editor_minor;
    public static String Editor_yes;
    public static String Editor_no;
    public static String Editor_loading;
    public static String Editor_members;
    public static String Column_relationship;
    public static String Column_when;
    public static String Column_user;
    public static String Column_entity;
    public static String Column_action;
    public static String Column_field;
    public static String Column_old;
    public static String Column_new;
    public static String Editor_job;

    public static String Duplicates_job;
    public static String Duplicates_title;
    public static String Duplicates_intro;
    public static String Duplicates_likeness;
    public static String Duplicates_openExisting;
    public static String Duplicates_newPerson;
    public static String Duplicates_back;
    public static String Person_aliases;
    public static String Person_relationship;
    public static String Person_shellTitle;
    public static String Person_title;
    public static String Person_message;
    public static String Person_job;

    static {
        NLS.initializeMessages("org.homeward.cases.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
