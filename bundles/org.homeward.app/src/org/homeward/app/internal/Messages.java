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

    public static String Role_OPERATIONS_ASSISTANT;
    public static String Role_OPERATIONS_OFFICER;
    public static String Role_PROGRAMME_OFFICER;
    public static String Role_ADMINISTRATOR;

    public static String PrivateCopies_sweep;
    public static String SignIn_shellTitle;
    public static String SignIn_title;
    public static String SignIn_message;
    public static String SignIn_firstTitle;
    public static String SignIn_firstMessage;
    public static String SignIn_userName;
    public static String SignIn_password;
    public static String SignIn_confirm;
    public static String SignIn_button;
    public static String SignIn_create;
    public static String SignIn_quit;
    public static String SignIn_opening;
    public static String SignIn_userNameRequired;
    public static String SignIn_mismatch;
    public static String SignIn_passwordShort;
    public static String SignIn_databaseFailed;
    public static String SignIn_timeout;
    public static String Lock_shellTitle;
    public static String Lock_message;
    public static String Lock_unlock;
    public static String Accounts_shellTitle;
    public static String Accounts_title;
    public static String Accounts_message;
    public static String Accounts_userName;
    public static String Accounts_fullName;
    public static String Accounts_role;
    public static String Accounts_status;
    public static String Accounts_active;
    public static String Accounts_closed;
    public static String Accounts_new;
    public static String Accounts_changeRole;
    public static String Accounts_reset;
    public static String Accounts_close;
    public static String Accounts_done;
    public static String Accounts_confirmClose;
    public static String Account_newTitle;
    public static String Account_newMessage;
    public static String Account_resetTitle;
    public static String Account_roleTitle;
    public static String Password_shellTitle;
    public static String Password_title;
    public static String Password_message;
    public static String Password_old;
    public static String Password_new;
    public static String Password_changed;
    public static String Lock_messageAsked;
    public static String SignIn_unavailableTitle;

    static {
        NLS.initializeMessages("org.homeward.app.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
