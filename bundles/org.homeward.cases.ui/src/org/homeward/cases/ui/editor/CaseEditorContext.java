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

    /** Adds a form whose unsaved changes make the editor dirty and that the editor saves. */
    void register(EditorForm form);

    /** Tells the editor a registered form was edited or saved, so that its dirty mark follows. */
    void formChanged();

    /** Saves every dirty form of the editor, as File > Save does. */
    void save();

    /**
     * Runs {@code listener} on the UI thread whenever a service reports a change to this case (its
     * status, its record, another screen's work on it), until the editor closes.
     *
     * @since 1.1
     */
    void onChange(Runnable listener);

    /**
     * Runs a save of a page of this editor (off the UI thread) in one transaction, noting the case
     * version it made, so that the editor's other forms do not take the editor's own saves for
     * someone else's change.
     *
     * @since 2.1
     */
    void runSave(org.homeward.cases.ui.editor.EditorForm.Saving save)
            throws org.homeward.common.validation.ValidationException,
            org.homeward.common.validation.RefusedException, org.homeward.common.validation.ConflictException;

    /**
     * The case version to save over when a form was filled from version {@code read}: the versions
     * this editor's own saves made since count as read; a change from elsewhere still conflicts.
     *
     * @since 2.1
     */
    long expectedCaseVersion(long read);
}
