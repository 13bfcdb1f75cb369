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

    public static String DonorReport;
    public static String DonorSaved;
    public static String ImportCases;
    public static String Import_title;
    public static String Import_mappingTitle;
    public static String Import_mappingDescription;
    public static String Import_mappingHint;
    public static String Import_column;
    public static String Import_examples;
    public static String Import_field;
    public static String Import_ignored;
    public static String Import_missing;
    public static String Import_familyName;
    public static String Import_givenNames;
    public static String Import_arabicName;
    public static String Import_sex;
    public static String Import_dateOfBirth;
    public static String Import_nationality;
    public static String Import_interviewDate;
    public static String Import_status;
    public static String Import_departureDate;
    public static String Import_household;
    public static String Import_relationship;
    public static String Import_planTitle;
    public static String Import_planDescription;
    public static String Import_row;
    public static String Import_what;
    public static String Import_why;
    public static String Import_checking;
    public static String Import_rowsChecked;
    public static String Import_cancelled;
    public static String Import_summary;
    public static String Import_saving;
    public static String Import_done;
    public static String Import_rejected;
    public static String Import_matchesExisting;
    public static String Import_matchesRow;
    public static String Import_alreadyImported;

    public static String Import_back;
    public static String Import_next;
    public static String Import_finish;
    public static String AnonymisedOnly;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
