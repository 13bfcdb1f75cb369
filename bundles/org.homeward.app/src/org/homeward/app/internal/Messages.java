package org.homeward.app.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the application shell (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String Save_title;
    public static String Save_one;
    public static String Save_several;
    public static String Save_yes;
    public static String Save_no;
    public static String About_title;
    public static String About_text;
    public static String Startup_ready;

    public static String User_shellTitle;
    public static String User_title;
    public static String User_message;
    public static String User_name;
    public static String User_role;
    public static String User_nameRequired;
    public static String User_overridden;
    public static String User_saveFailed;
    public static String Role_OPERATIONS_ASSISTANT;
    public static String Role_OPERATIONS_OFFICER;
    public static String Role_PROGRAMME_OFFICER;
    public static String Role_ADMINISTRATOR;

    public static String PrivateCopies_sweep;

    static {
        NLS.initializeMessages("org.homeward.app.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
