package org.homeward.cases.ui.editor.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/**
 * Background work of the editor pages: reading, and saving with the outcome told to the page (the
 * problems named, or null when saved), unless the page is gone by then.
 */
final class Background {

    private Background() {
    }

    /** A save that may be refused: field by field, by a rule, or by a concurrent change. */
    @FunctionalInterface
    interface Save {

        void run() throws ValidationException, RefusedException, ConflictException;
    }

    /**
     * Runs {@code work} in a job with {@code button} disabled meanwhile, then gives {@code done} the
     * message for the user (every bad field, or why it was refused), or null when it was saved.
     */
    static void save(String name, UISynchronize ui, Button button, Save work, Consumer<String> done) {
        button.setEnabled(false);
        Job job = Job.create(name, monitor -> {
            String message = null;
            try {
                work.run();
            } catch (ValidationException e) {
                message = e.problems().stream().map(FieldProblem::message).collect(Collectors.joining("\n"));
            } catch (RefusedException | ConflictException e) {
                message = e.getMessage();
            } catch (RuntimeException e) {
                ILog.of(Background.class).error(e.getMessage(), e);
                message = e.getMessage();
            }
            String shown = message;
            ui.asyncExec(() -> {
                if (!button.isDisposed()) {
                    button.setEnabled(true);
                    done.accept(shown);
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    static <T> void load(String name, UISynchronize ui, Control owner, Supplier<T> read, Consumer<T> show) {
        Job job = Job.create(name, monitor -> {
            try {
                T value = read.get();
                ui.asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        show.accept(value);
                    }
                });
            } catch (RuntimeException e) {
                ILog.of(Background.class).error(e.getMessage(), e);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
