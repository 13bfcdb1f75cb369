package org.homeward.traveldocs.ui.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.traveldocs.model.RequestStatus;

/** Dates, labels and background work of the travel-document screens. */
final class Ui {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Ui() {
    }

    static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static Optional<LocalDate> parse(String typed) {
        try {
            return typed == null || typed.isBlank()
                    ? Optional.empty()
                    : Optional.of(LocalDate.parse(typed.strip(), DAY));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String status(RequestStatus s) {
        return switch (s) {
            case DRAFT -> Messages.Status_DRAFT;
            case SENT -> Messages.Status_SENT;
            case ACKNOWLEDGED -> Messages.Status_ACKNOWLEDGED;
            case INTERVIEW_SCHEDULED -> Messages.Status_INTERVIEW_SCHEDULED;
            case ISSUED -> Messages.Status_ISSUED;
            case COLLECTED -> Messages.Status_COLLECTED;
            case REFUSED -> Messages.Status_REFUSED;
            case CANCELLED -> Messages.Status_CANCELLED;
        };
    }

    /** Work that may be refused by field, by rule, or by a concurrent change. */
    @FunctionalInterface
    interface Work<T> {

        T run() throws ValidationException, RefusedException, ConflictException;
    }

    /**
     * Runs {@code work} in a job; on the UI thread, {@code done} gets its result, or {@code failed} the
     * message for the user (every bad field, the refusal, the conflict), unless {@code owner} is gone.
     */
    static <T> void run(Control owner, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        Job job = Job.create(Messages.Page_job, monitor -> {
            Runnable then;
            try {
                T value = work.run();
                then = () -> done.accept(value);
            } catch (ValidationException e) {
                String m = e.problems().stream().map(FieldProblem::message).collect(Collectors.joining("\n"));
                then = () -> failed.accept(m);
            } catch (RefusedException | ConflictException e) {
                then = () -> failed.accept(e.getMessage());
            } catch (RuntimeException e) {
                ILog.of(Ui.class).error(e.getMessage(), e);
                then = () -> failed.accept(String.valueOf(e.getMessage()));
            }
            Runnable shown = then;
            if (!owner.isDisposed()) {
                owner.getDisplay().asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        shown.run();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    static <T> void read(Control owner, Supplier<T> read, Consumer<T> done) {
        run(owner, read::get, done, m -> {
        });
    }
}
