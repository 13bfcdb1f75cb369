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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
