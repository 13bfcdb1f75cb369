package org.homeward.reporting.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the Reporting part. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.homeward.reporting.ui.internal.messages";

    public static String Report;
    public static String From;
    public static String To;
    public static String Show;
    public static String Any;
    public static String Nationality;
    public static String Sex;
    public static String AgeGroup;
    public static String Vulnerability;
    public static String DateHint;
    public static String BadDate;
    public static String BadPeriod;
    public static String Job;
    public static String Reading;
    public static String Shown;
    public static String Sex_FEMALE;
    public static String Sex_MALE;
    public static String Sex_OTHER;
    public static String Vulnerability_UNACCOMPANIED_OR_SEPARATED_CHILD;
    public static String Vulnerability_TRAFFICKING_VICTIM;
    public static String Vulnerability_MEDICAL_CONDITION;
    public static String Vulnerability_PREGNANCY;
    public static String Vulnerability_DISABILITY;
    public static String Vulnerability_ELDERLY;
    public static String Vulnerability_GBV_SURVIVOR;
    public static String Vulnerability_MENTAL_HEALTH_NEED;
    public static String Anonymised;
    public static String Export;
    public static String Exported;
    public static String ExportCases;
    public static String Donor;
    public static String Project;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
