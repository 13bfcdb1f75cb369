package org.homeward.app.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the application shell (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String About_title;
    public static String About_text;
    public static String Startup_ready;

    static {
        NLS.initializeMessages("org.homeward.app.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
