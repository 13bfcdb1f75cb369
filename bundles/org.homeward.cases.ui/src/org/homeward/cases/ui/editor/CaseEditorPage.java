package org.homeward.cases.ui.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A page of the case editor, contributed as an OSGi service by any capability (referrals, travel
 * documents, ...). The editor shows the pages by {@link #rank()}, after its own household page.
 */
public interface CaseEditorPage {

    /** The tab's title, in the user's language. */
    String title();

    /** Order among the pages: lower first. */
    int rank();

    /**
     * Creates the page for one case, on the UI thread. Work on the database goes to background jobs.
     *
     * @return the page's top control, a child of {@code parent}
     */
    Control create(Composite parent, CaseEditorContext context);
}
