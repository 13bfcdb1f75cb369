package org.homeward.accounts.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the accounts area (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String Account_userNameBad;
    public static String Account_userNameTaken;
    public static String Account_fullNameMissing;
    public static String Account_roleMissing;
    public static String Account_passwordShort;
    public static String Account_passwordIsName;
    public static String Account_passwordUnchanged;
    public static String Account_unknown;
    public static String Account_closed;
    public static String Account_lastAdministrator;
    public static String Account_refused;
    public static String Account_conflict;
    public static String Account_notSignedIn;
    public static String Account_keyFile;

    static {
        NLS.initializeMessages("org.homeward.accounts.core.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
