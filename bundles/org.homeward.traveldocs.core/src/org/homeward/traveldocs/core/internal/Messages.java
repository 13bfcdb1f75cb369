package org.homeward.traveldocs.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the travel-document services (French by default; English beside). */
public final class Messages extends NLS {

    public static String Request_holds;
    public static String Problem_required;
    public static String Problem_future;
    public static String Problem_tooLong;
    public static String Field_persons;
    public static String Field_sentOn;
    public static String Field_reason;
    public static String Field_number;
    public static String Field_issuedOn;
    public static String Field_expiresOn;
    public static String Field_city;
    public static String Field_languages;
    public static String Field_country;
    public static String Field_summary;
    public static String Field_processingDays;
    public static String Field_validityDays;
    public static String Request_noPerson;
    public static String Request_otherNationality;
    public static String Request_noGrouping;
    public static String Request_alreadyOpen;
    public static String Request_moveNotAllowed;
    public static String Request_caseNotApproved;
    public static String Request_notIssuedAll;
    public static String Request_notWithEmbassy;
    public static String Request_expiryBeforeIssue;
    public static String Request_changed;
    public static String Request_purpose;
    public static String Request_workflowReason;
    public static String Embassy_label;
    public static String Embassy_EMBASSY;
    public static String Embassy_CONSULATE;
    public static String Embassy_changed;
    public static String Embassy_badLanguages;
    public static String Procedure_bad;
    public static String Seed_job;

    public static String Status_DRAFT;
    public static String Status_SENT;
    public static String Status_ACKNOWLEDGED;
    public static String Status_INTERVIEW_SCHEDULED;
    public static String Status_ISSUED;
    public static String Status_COLLECTED;
    public static String Status_REFUSED;
    public static String Status_CANCELLED;

    public static String Letter_purpose;
    public static String Letter_title;

    public static String Field_theirReference;
    public static String Field_documentsSent;
    public static String Request_noDocumentYet;

    public static String Correspondence_fileNeedsRequest;

    public static String Problem_past;
    public static String Field_departure;
    public static String Case_changed;

    public static String Procedure_badFee;
    public static String Procedure_badCurrency;

    public static String Embassy_badCountry;

    public static String Held_requests;
    public static String Held_reference;
    public static String Held_embassy;
    public static String Held_status;
    public static String Held_document;
    public static String Held_issuedOn;
    public static String Held_expiresOn;
    public static String Procedure_changed;

    static {
        NLS.initializeMessages("org.homeward.traveldocs.core.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
