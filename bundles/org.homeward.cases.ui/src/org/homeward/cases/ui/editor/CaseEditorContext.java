package org.homeward.cases.ui.editor;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;

/** What a case editor page knows of its editor. */
public interface CaseEditorContext {

    long caseId();

    String caseNumber();

    Shell shell();

    UISynchronize ui();

    /** Asks the editor to reload the case's header (status, names) after a page changed it. */
    void caseChanged();
}
