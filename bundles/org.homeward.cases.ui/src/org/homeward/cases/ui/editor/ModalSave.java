package org.homeward.cases.ui.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.ModalContext;
import org.eclipse.swt.widgets.Display;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/**
 * The save of an editor ({@code @Persist}), which must be done when it returns (File > Save, quitting):
 * the database work runs in a background thread while the UI thread keeps painting.
 *
 * @since 1.1
 */
public final class ModalSave {

    private ModalSave() {
    }

    /**
     * Runs {@code saving} and returns the message for the user (every bad field, or why it was
     * refused), or null when saved.
     */
    public static String run(Display display, EditorForm.Saving saving) {
        String[] message = new String[1];
        try {
            ModalContext.run(monitor -> {
                try {
                    saving.run();
                } catch (ValidationException e) {
                    message[0] = e.problems().stream().map(FieldProblem::message).collect(Collectors.joining("\n"));
                } catch (RefusedException | ConflictException e) {
                    message[0] = e.getMessage();
                } catch (RuntimeException e) {
                    ILog.of(ModalSave.class).error(e.getMessage(), e);
                    message[0] = e.getMessage();
                }
            }, true, new NullProgressMonitor(), display);
        } catch (InvocationTargetException e) {
            ILog.of(ModalSave.class).error(e.getMessage(), e.getCause());
            message[0] = String.valueOf(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            message[0] = e.toString();
        }
        return message[0];
    }
}
