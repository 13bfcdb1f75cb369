package org.homeward.movements.core.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the booking services. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.homeward.movements.core.internal.messages";

    public static String Booking_noPassenger;
    public static String Booking_noFlight;
    public static String Booking_currency;
    public static String Booking_unknownAirline;
    public static String Booking_unknownAirport;
    public static String Booking_landsBeforeTakeOff;
    public static String Booking_notConnected;
    public static String Booking_connectionTooShort;
    public static String Booking_noPerson;
    public static String Booking_changed;
    public static String Booking_moveNotAllowed;
    public static String Ticket_notOption;
    public static String Ticket_numberMissing;
    public static String Ticket_caseNotApproved;
    public static String Ticket_noValidDocument;
    public static String Ticket_escortNeeded;
    public static String Ticket_fitToTravelNeeded;
    public static String Booking_holds;
    public static String Booking_optionPast;

    public static String Departure_label;
    public static String Departure_date;
    public static String Departure_noBooking;
    public static String Departure_notTicketed;
    public static String Departure_alreadyPlanned;
    public static String Departure_reason;
    public static String Departure_departed;
    public static String Departure_noShow;
    public static String Departure_changed;
    public static String Check_negative;
    public static String Check_receipt;
    public static String Check_changed;
    public static String Boarding_missing;
    public static String Boarding_reason;
    public static String Boarding_documents;
    public static String Doc_declaration;
    public static String Doc_checklist;
    public static String Doc_travelSheet;
    public static String Doc_manifest;
    public static String Doc_receipt;
    public static String Notice_purpose;
    public static String Notice_noMission;
    public static String Notice_noTransitMission;
    public static String Notice_notFailed;
    public static String Notice_noEmail;
    public static String Notice_alreadySent;
    public static String Notice_sending;
    public static String Notice_byHand;
    public static String Notice_changed;
    public static String Directory_name;
    public static String Directory_email;
    public static String Directory_country;
    public static String Directory_changed;
    public static String Smtp_notConfigured;
    public static String Smtp_notStored;
    public static String Smtp_hostMissing;
    public static String Smtp_badHost;
    public static String Smtp_badPort;
    public static String Smtp_badFrom;
    public static String Smtp_refused;
    public static String Directory_twice;
    public static String Places_airportCode;
    public static String Places_airlineCode;
    public static String Places_name;
    public static String Places_city;
    public static String Places_zone;

    public static String Held_bookings;
    public static String Held_departures;
    public static String Held_pnr;
    public static String Held_status;
    public static String Held_ticket;
    public static String Held_departure;
    public static String Held_outcome;
    public static String Held_receipt;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
