package org.homeward.ui;

import org.homeward.ui.internal.Messages;

/** The labels of the usual dialog buttons in the workbench's language (JFace's own are English here). */
public final class DialogLabels {

    private DialogLabels() {
    }

    public static String ok() {
        return Messages.Dialog_ok;
    }

    public static String cancel() {
        return Messages.Dialog_cancel;
    }
}
