package org.homeward.traveldocs.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the travel-document screens (French by default; English beside). */
public final class Messages extends NLS {

    public static String Page_title;
    public static String Page_persons;
    public static String Page_embassy;
    public static String Page_request;
    public static String Page_date;
    public static String Page_letter;
    public static String Page_issued;
    public static String Page_badDate;
    public static String Page_chooseRequest;
    public static String Page_letterKept;
    public static String Editor_openLetter;
    public static String Page_job;
    public static String Column_reference;
    public static String Column_embassy;
    public static String Column_status;
    public static String Column_persons;
    public static String Column_sentOn;
    public static String Column_due;
    public static String Column_overdue;
    public static String Column_age;
    public static String Yes;
    public static String No;
    public static String Status_DRAFT;
    public static String Status_SENT;
    public static String Status_ACKNOWLEDGED;
    public static String Status_INTERVIEW_SCHEDULED;
    public static String Status_ISSUED;
    public static String Status_COLLECTED;
    public static String Status_REFUSED;
    public static String Status_CANCELLED;
    public static String Issued_shellTitle;
    public static String Issued_title;
    public static String Issued_message;
    public static String Issued_type;
    public static String Issued_laissezPasser;
    public static String Issued_passport;
    public static String Issued_issuedOn;
    public static String Issued_expiresOn;
    public static String Issued_number;
    public static String Issued_save;
    public static String Issued_cancel;
    public static String Tracking_intro;
    public static String Tracking_filter;
    public static String Tracking_all;
    public static String Tracking_overdue;
    public static String Tracking_refresh;
    public static String Tracking_count;
    public static String Tracking_label;

    public static String Issued_numberRequired;

    public static String Page_move;
    public static String Page_reasonHint;
    public static String Page_apply;
    public static String Page_followUp;
    public static String Column_followUp;

    public static String Directory_open;
    public static String Directory_shellTitle;
    public static String Directory_title;
    public static String Directory_message;
    public static String Directory_choose;
    public static String Directory_city;
    public static String Directory_address;
    public static String Directory_phone;
    public static String Directory_email;
    public static String Directory_languages;
    public static String Directory_reception;
    public static String Directory_active;
    public static String Directory_save;
    public static String Directory_close;
    public static String Directory_saved;
    public static String Tracking_nationality;
    public static String Tracking_warnings;
    public static String Column_case;
    public static String Column_person;
    public static String Column_problem;
    public static String Column_expires;
    public static String Column_departure;
    public static String Problem_NO_VALID_DOCUMENT;
    public static String Problem_EXPIRES_BEFORE_DEPARTURE;
    public static String Problem_EXPIRES_SOON;

    public static String Mail_shellTitle;
    public static String Mail_title;
    public static String Mail_message;
    public static String Mail_direction;
    public static String Mail_outgoing;
    public static String Mail_incoming;
    public static String Mail_channel;
    public static String Mail_date;
    public static String Mail_summary;
    public static String Mail_record;
    public static String Mail_close;
    public static String Channel_LETTER;
    public static String Channel_EMAIL;
    public static String Channel_IN_PERSON;
    public static String Channel_PHONE;

    public static String Mail_group;
    public static String Mail_file;
    public static String Mail_browse;
    public static String Mail_attached;
    public static String Members_group;
    public static String Members_document;
    public static String Members_number;
    public static String Members_issuedOn;
    public static String Members_scan;
    public static String Members_attachScan;
    public static String Members_openScan;
    public static String Members_choose;
    public static String Editor_loading;
    public static String Editor_details;
    public static String Editor_theirReference;
    public static String Editor_documentsSent;
    public static String Editor_save;
    public static String Editor_progress;
    public static String Editor_followUp;
    public static String Editor_dateHint;
    public static String Editor_openEditable;
    public static String Editor_facts;
    public static String Editor_late;
    public static String Editor_gone;
    public static String Editor_noMove;
    public static String Editor_noLetter;
    public static String Page_open;
    public static String Page_departure;
    public static String Page_setDeparture;
    public static String Page_departureSet;
    public static String Tracking_expiring;
    public static String Tracking_procedures;
    public static String Directory_correspondence;
    public static String Procedure_shellTitle;
    public static String Procedure_title;
    public static String Procedure_message;
    public static String Procedure_country;
    public static String Procedure_documents;
    public static String Procedure_inPerson;
    public static String Procedure_interpreter;
    public static String Procedure_grouping;
    public static String Procedure_processing;
    public static String Procedure_validity;
    public static String Procedure_fee;
    public static String Procedure_currency;
    public static String Procedure_confirmed;
    public static String Procedure_unconfirmed;
    public static String Procedure_notNumber;
    public static String Procedure_notAmount;
    public static String Procedure_saved;
    public static String Procedure_save;
    public static String Document_PHOTOS;
    public static String Document_IDENTITY_DOCUMENT_COPIES;
    public static String Document_BIRTH_CERTIFICATE;
    public static String Document_FINGERPRINTS;
    public static String Document_CONSULAR_CARD;
    public static String Document_FORM;

    public static String Mail_embassyTitle;

    public static String Directory_new;
    public static String Directory_countryHint;
    public static String Directory_add;
    public static String Directory_added;
    public static String Directory_embassy;
    public static String Directory_consulate;
    public static String Directory_inactive;

    public static String Procedure_fromPlugin;

    public static String Editor_asked;

    static {
        NLS.initializeMessages("org.homeward.traveldocs.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
