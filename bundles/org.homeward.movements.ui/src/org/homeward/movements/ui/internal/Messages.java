package org.homeward.movements.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the movements screens. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.homeward.movements.ui.internal.messages";

    public static String Page_title;
    public static String Page_count;
    public static String Page_job;
    public static String Column_pnr;
    public static String Column_status;
    public static String Column_flights;
    public static String Column_arrival;
    public static String Column_passengers;
    public static String Column_optionUntil;
    public static String Status_OPTION;
    public static String Status_TICKETED;
    public static String Status_FLOWN;
    public static String Status_CANCELLED;
    public static String Status_NO_SHOW;
    public static String Status_REFUNDED;
    public static String Status_REBOOKED;

    public static String Departures_tab;
    public static String Bookings_tab;
    public static String Outbox_tab;
    public static String Bookings_hint;
    public static String Column_date;
    public static String Column_label;
    public static String Column_kind;
    public static String Column_state;
    public static String Column_case;
    public static String Column_name;
    public static String Column_document;
    public static String Column_needs;
    public static String Column_checks;
    public static String Column_outcome;
    public static String Column_agency;
    public static String Column_recipient;
    public static String Column_attempts;
    public static String Column_error;
    public static String Departure_closed;
    public static String Departure_open;
    public static String Kind_CHARTER;
    public static String Kind_SCHEDULED;
    public static String Action_checked;
    public static String Action_documents;
    public static String Action_notify;
    public static String Action_confirm;
    public static String Action_plan;
    public static String Action_retry;
    public static String Action_byHand;
    public static String Outbox_QUEUED;
    public static String Outbox_SENDING;
    public static String Outbox_SENT;
    public static String Outbox_FAILED;
    public static String Outbox_DELIVERED_BY_HAND;
    public static String Outbox_done;
    public static String Outbox_job;
    public static String Need_WHEELCHAIR;
    public static String Need_MEDICAL_ESCORT;
    public static String Need_UNACCOMPANIED_MINOR;
    public static String Need_PREGNANCY;
    public static String Check_documents;
    public static String Check_fit;
    public static String Check_money;
    public static String Check_none;
    public static String Outcome_PENDING;
    public static String Outcome_BOARDED;
    public static String Outcome_NO_SHOW;
    public static String Part_job;
    public static String Checked_done;
    public static String Documents_done;
    public static String Notify_done;
    public static String Confirm_done;
    public static String Confirm_title;
    public static String Confirm_reason;
    public static String Plan_done;
    public static String Plan_title;
    public static String Plan_bookings;
    public static String Plan_none;
    public static String Plan_badDate;
    public static String Departures_label;

    public static String Book_action;
    public static String Book_title;
    public static String Book_passengers;
    public static String Book_fare;
    public static String Book_currency;
    public static String Book_flights;
    public static String Book_badLine;
    public static String Book_badFare;
    public static String Ticket_action;
    public static String Ticket_title;
    public static String Ticket_chooseOption;
    public static String Confirm_hint;
    public static String Confirm_noReason;
    public static String Checks_title;
    public static String Checks_documents;
    public static String Checks_fit;
    public static String Checks_wheelchair;
    public static String Checks_money;
    public static String Checks_receipt;
    public static String Checks_badMoney;
    public static String Checks_choose;
    public static String Action_checks;
    public static String Action_manifest;
    public static String Action_release;
    public static String Action_openLetter;
    public static String Manifest_file;
    public static String Letter_file;
    public static String Documents_job;
    public static String Release_done;
    public static String Departure_choose;
    public static String Departures_title;
    public static String Departures_lapsing;
    public static String Departures_failed;
    public static String Kind_MISSION_OF_ORIGIN;
    public static String Kind_TRANSIT_MISSION;
    public static String Kind_HOST_AUTHORITY;
    public static String Recipients_title;
    public static String Recipients_message;
    public static String Recipients_kind;
    public static String Recipients_country;
    public static String Recipients_email;
    public static String Recipients_contact;
    public static String Recipients_missing;
    public static String Recipients_new;
    public static String Recipients_save;
    public static String Recipients_close;
    public static String Recipients_saved;
    public static String Mail_title;
    public static String Mail_message;
    public static String Mail_host;
    public static String Mail_port;
    public static String Mail_startTls;
    public static String Mail_from;
    public static String Mail_user;
    public static String Mail_password;
    public static String Mail_passwordKept;
    public static String Mail_forget;
    public static String Mail_badPort;
    public static String Mail_save;
    public static String Mail_verify;
    public static String Mail_close;
    public static String Mail_saved;
    public static String Mail_verified;
    public static String Mail_verifying;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
