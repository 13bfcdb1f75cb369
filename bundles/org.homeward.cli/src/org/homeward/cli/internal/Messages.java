package org.homeward.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the headless commands (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String Usage_text;
    public static String Usage_unknownCommand;
    public static String Usage_unknownOption;
    public static String Usage_needsValue;
    public static String Usage_missingOption;
    public static String Usage_badDate;
    public static String Usage_period;
    public static String Usage_oneFile;
    public static String Usage_oneReport;
    public static String Usage_unknownReport;
    public static String Usage_badFormat;
    public static String Usage_badMap;
    public static String Usage_badColumn;
    public static String Usage_badField;
    public static String Usage_anonymisedBoth;
    public static String Input_missing;
    public static String Output_cannotWrite;
    public static String Service_missing;
    public static String Import_reading;
    public static String Import_checked;
    public static String Import_saved;
    public static String Import_dryRun;
    public static String Import_done;
    public static String Report_written;
    public static String Donor_written;
    public static String Export_written;
    public static String Export_writtenAnonymised;
    public static String Cancelled;
    public static String Failed;

    public static String Export_identifiedRefused;
    public static String SignIn_noUser;
    public static String SignIn_noPassword;
    public static String SignIn_noAccount;
    public static String SignIn_prompt;
    public static String SignIn_setUpAlready;
    public static String Usage_oneUser;
    public static String Usage_badRole;
    public static String Account_created;
    public static String Account_noPassword;
    public static String Account_prompt;
    public static String Account_promptAgain;
    public static String Account_mismatch;
    public static String Denied;
    public static String ServerPassword_kept;
    public static String ServerPassword_none;
    public static String ServerPassword_prompt;
    public static String ServerPassword_mismatch;

    static {
        NLS.initializeMessages("org.homeward.cli.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
