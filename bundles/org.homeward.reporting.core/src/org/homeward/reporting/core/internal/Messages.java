package org.homeward.reporting.core.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the built-in reports. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.homeward.reporting.core.internal.messages";

    public static String Total;
    public static String Returns;
    public static String Share;
    public static String Month;
    public static String Nationality;
    public static String Sex;
    public static String AgeGroup;
    public static String Stage;
    public static String Cases;
    public static String Lost;
    public static String Stopped;
    public static String Measure;
    public static String Median;
    public static String P90;
    public static String LeadRegistration;
    public static String ReturnsPerMonth_title;
    public static String ReturnsByNationality_title;
    public static String ReturnsBySex_title;
    public static String ReturnsByAge_title;
    public static String Pipeline_title;
    public static String LeadTimes_title;
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
    public static String Status_WITHDRAWN;
    public static String Status_REJECTED;
    public static String Status_SUSPENDED;
    public static String Status_NO_SHOW;
    public static String Spending_title;
    public static String Donor;
    public static String Project;
    public static String Currency;
    public static String Tickets;
    public static String Passengers;
    public static String Amount;
    public static String None;
    public static String EmbassyWaits_title;
    public static String Embassy;
    public static String Requests;
    public static String EmbassyOf;
    public static String Consulate;
    public static String Export_code;
    public static String Export_status;
    public static String Export_registered;
    public static String Export_departed;
    public static String Export_persons;
    public static String Export_vulnerabilities;
    public static String Export_caseNumber;
    public static String Export_family;
    public static String Export_given;
    public static String Export_born;
    public static String Export_sheet;
    public static String OpenWork_title;
    public static String OpenWork_what;
    public static String OpenWork_late;
    public static String OpenWork_documents;
    public static String OpenWork_options;
    public static String Count;

    public static String Import_unreadable;
    public static String Import_tooLarge;
    public static String Import_empty;
    public static String Import_damagedXlsx;
    public static String Import_zipBomb;
    public static String Import_oldExcel;
    public static String Import_notXlsx;
    public static String Import_notText;
    public static String Import_tooManyRows;
    public static String Import_missingColumns;
    public static String Import_required;
    public static String Import_badDate;
    public static String Import_badSex;
    public static String Import_badNationality;
    public static String Import_badStatus;
    public static String Import_badRelationship;
    public static String Import_formula;
    public static String Import_householdRejected;
    public static String Import_twoPrincipals;
    public static String Import_sameAsRow;
    public static String Import_matchesCase;
    public static String Import_alreadyImported;
    public static String ImportField_familyName;
    public static String ImportField_givenNames;
    public static String ImportField_arabicName;
    public static String ImportField_sex;
    public static String ImportField_dateOfBirth;
    public static String ImportField_nationality;
    public static String ImportField_interviewDate;
    public static String ImportField_status;
    public static String ImportField_departureDate;
    public static String ImportField_household;
    public static String ImportField_relationship;

    public static String Donor_title;
    public static String Donor_period;
    public static String Donor_donor;
    public static String Donor_project;
    public static String Donor_anonymised;
    public static String Donor_made;

    public static String SubjectAccess_refused;
    public static String SubjectAccess_noPerson;
    public static String SubjectAccess_title;
    public static String SubjectAccess_made;
    public static String SubjectAccess_confidential;

    public static String Export_identifiedRefused;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
