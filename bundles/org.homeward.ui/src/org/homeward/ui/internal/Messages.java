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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
