package org.homeward.cases.ui.editor;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/**
 * A form of a case editor page whose unsaved changes make the editor dirty ({@code MDirtyable}),
 * saved together with File > Save (Ctrl+S) or the page's own button. Register it with
 * {@link CaseEditorContext#register(EditorForm)} and call {@link CaseEditorContext#formChanged()}
 * whenever the user edits it.
 */
public interface EditorForm {

    /** Work on the database, run off the UI thread. */
    @FunctionalInterface
    interface Saving {

        void run() throws ValidationException, RefusedException, ConflictException;
    }

    boolean isDirty();

    /**
     * Reads the form, on the UI thread.
     *
     * @return the save to run in the background, or null when the form found problems itself (it
     *         shows them)
     */
    Saving prepare();

    /**
     * On the UI thread, once the save ran.
     *
     * @param problem null when saved (the form reloads and is clean again); otherwise what to tell the
     *        user (every bad field, a refusal, or a concurrent change), and the form stays dirty
     */
    void saved(String problem);
}
