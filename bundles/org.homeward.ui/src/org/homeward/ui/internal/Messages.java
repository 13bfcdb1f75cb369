package org.homeward.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the shared screen helpers. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.homeward.ui.internal.messages";

    public static String Dialog_ok;
    public static String Dialog_cancel;
    public static String Documents_reading;
    public static String Documents_noProgramTitle;
    public static String Documents_noProgram;
    public static String Documents_saveAs;
    public static String Documents_close;
    public static String Documents_saveAsTitle;
    public static String Documents_saveFailed;
    public static String Task_progress;
    public static String Denied;
    public static String DeniedNobody;
    public static String Role_OPERATIONS_ASSISTANT;
    public static String Role_OPERATIONS_OFFICER;
    public static String Role_PROGRAMME_OFFICER;
    public static String Role_ADMINISTRATOR;
    public static String Permission_READ_CASE;
    public static String Permission_READ_SENSITIVE;
    public static String Permission_EDIT_CASE;
    public static String Permission_DECIDE_ELIGIBILITY;
    public static String Permission_APPROVE;
    public static String Permission_SHARE_WITH_EMBASSY;
    public static String Permission_BOOK_TRAVEL;
    public static String Permission_EXPORT;
    public static String Permission_EXPORT_IDENTIFIED;
    public static String Permission_ADMINISTER_USERS;
    public static String Permission_EDIT_DIRECTORIES;
    public static String Permission_MERGE;
    public static String Permission_PURGE;
    public static String Permission_VERIFY_AUDIT;
    public static String Permission_SUBJECT_ACCESS;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
