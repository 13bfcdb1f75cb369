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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
