package org.homeward.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.operation.ModalContext;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/**
 * The one way screens work with the database: off the UI thread, the outcome shown on it, and only
 * while the screen that asked is still there. A dialog closed (or cancelled) while its save runs
 * simply does not hear back; the save itself goes to its end.
 */
public final class Background {

    /** Work that may be refused: field by field, by a rule, or by a concurrent change. */
    @FunctionalInterface
    public interface Work<T> {

        T run() throws ValidationException, RefusedException, ConflictException;
    }

    /**
     * Why work failed, for the user: every bad field (with {@code problems} naming them), the
     * refusal, the conflict, or an unexpected error (logged).
     */
    public record Failure(String message, List<FieldProblem> problems) {
    }

    /** Long work that reports its progress to {@code monitor} and stops when it is cancelled. */
    @FunctionalInterface
    public interface Progressive<T> {

        T run(IProgressMonitor monitor) throws ValidationException, RefusedException, ConflictException;
    }

    /**
     * How long work ended: its value, or cancelled by the user, or a failure for the user.
     *
     * @param value null unless it ended well
     */
    public record Ended<T>(T value, boolean cancelled, Failure failure) {
    }

    private Background() {
    }

    /**
     * Runs long {@code work} off the UI thread in a modal dialog showing {@code task}, its progress and a
     * Cancel button, the UI painting meanwhile; the work ends as cancelled when it throws
     * {@link java.util.concurrent.CancellationException}.
     */
    public static <T> Ended<T> withProgress(Shell shell, String task, Progressive<T> work) {
        List<T> value = new ArrayList<>(1);
        Failure[] failure = new Failure[1];
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                monitor.beginTask(task, IProgressMonitor.UNKNOWN);
                try {
                    value.add(work.run(monitor));
                } catch (java.util.concurrent.CancellationException e) {
                    throw new InterruptedException();
                } catch (ValidationException | RefusedException | ConflictException | RuntimeException e) {
                    failure[0] = failure(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            failure[0] = failure(e.getCause() instanceof Exception c ? c : new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            return new Ended<>(null, true, null);
        }
        return failure[0] != null ? new Ended<>(null, false, failure[0]) : new Ended<>(value.get(0), false, null);
    }

    /**
     * Reads in a system job; {@code show} gets the result on the UI thread unless {@code owner} is
     * disposed by then. A failure is logged.
     */
    public static <T> Job read(String name, Control owner, Supplier<T> read, Consumer<T> show) {
        return run(name, owner, read::get, show, failure -> {
            // logged by run; a read that fails leaves the screen as it was
        }, true);
    }

    /**
     * Runs {@code work} in a job; on the UI thread, {@code done} gets its result or {@code failed}
     * the failure, unless {@code owner} is disposed by then.
     */
    public static <T> Job run(String name, Control owner, Work<T> work, Consumer<T> done, Consumer<Failure> failed) {
        return run(name, owner, work, done, failed, false);
    }

    /**
     * Reads in a system job for something that is not a control (an add-on, a model element):
     * {@code show} is handed to {@code ui} (the workbench's {@code UISynchronize::asyncExec}).
     */
    public static <T> Job read(String name, Executor ui, Supplier<T> read, Consumer<T> show) {
        return run(name, ui, () -> false, read::get, show, failure -> {
            // logged by run
        }, true);
    }

    /**
     * Reads in a system job for a model behind a screen (a lazy list's pages): {@code done} or
     * {@code failed} are handed to {@code ui} (the workbench's {@code UISynchronize::asyncExec}); the
     * caller tells stale results apart. The job can be cancelled before it starts.
     */
    public static <T> Job read(String name, Executor ui, Supplier<T> read, Consumer<T> done,
            Consumer<Failure> failed) {
        return run(name, ui, () -> false, read::get, done, failed, true);
    }

    private static <T> Job run(String name, Control owner, Work<T> work, Consumer<T> done, Consumer<Failure> failed,
            boolean system) {
        Display display = owner.getDisplay(); // taken now: the owner may be gone when the work ends
        Executor ui = r -> {
            if (!display.isDisposed()) {
                display.asyncExec(r);
            }
        };
        return run(name, ui, owner::isDisposed, work, done, failed, system);
    }

    private static <T> Job run(String name, Executor ui, BooleanSupplier gone, Work<T> work, Consumer<T> done,
            Consumer<Failure> failed, boolean system) {
        Job job = Job.create(name, monitor -> {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Runnable then;
            try {
                T value = work.run();
                then = () -> done.accept(value);
            } catch (ValidationException | RefusedException | ConflictException | RuntimeException e) {
                Failure f = failure(e);
                then = () -> failed.accept(f);
            }
            Runnable shown = then;
            ui.execute(() -> {
                if (!gone.getAsBoolean()) {
                    shown.run();
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(system);
        job.schedule();
        return job;
    }

    /**
     * Runs {@code work} in a modal context thread while the UI keeps painting, for saves that must be
     * done when the call returns ({@code @Persist}, quitting).
     *
     * @return null when saved, else why not, for the user
     */
    public static String modal(Display display, Work<?> work) {
        Failure[] failure = new Failure[1];
        try {
            ModalContext.run(monitor -> {
                try {
                    work.run();
                } catch (ValidationException | RefusedException | ConflictException | RuntimeException e) {
                    failure[0] = failure(e);
                }
            }, true, new NullProgressMonitor(), display);
        } catch (InvocationTargetException e) {
            failure[0] = failure(e.getCause() instanceof Exception c ? c : new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure[0] = new Failure(e.toString(), List.of());
        }
        return failure[0] == null ? null : failure[0].message();
    }

    /** What the user is told of {@code e}; an unexpected error is logged as well. */
    public static Failure failure(Exception e) {
        if (e instanceof ValidationException v) {
            return new Failure(v.problems().stream().map(FieldProblem::message).collect(Collectors.joining("\n")),
                    v.problems());
        }
        if (e instanceof RefusedException || e instanceof ConflictException) {
            return new Failure(e.getMessage(), List.of());
        }
        if (e instanceof org.homeward.common.security.PermissionDeniedException denied) {
            return new Failure(PermissionWords.denied(denied), List.of());
        }
        ILog.of(Background.class).error(String.valueOf(e.getMessage()), e);
        return new Failure(String.valueOf(e.getMessage()), List.of());
    }
}
