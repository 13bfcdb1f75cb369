package org.homeward.country.ma.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the Morocco office screens (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String Authorities_intro;
    public static String Authorities_name;
    public static String Authorities_department;
    public static String Authorities_purpose;
    public static String Authorities_channel;

    static {
        NLS.initializeMessages("org.homeward.country.ma.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
