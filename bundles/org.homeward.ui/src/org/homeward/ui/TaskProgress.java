package org.homeward.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.ui.internal.Messages;

/**
 * Long work of a screen in a job, with its progress and a Cancel button shown on the screen while it
 * runs (hidden otherwise). One task at a time per screen.
 */
public final class TaskProgress {

    /** Work in steps: it tells each step done and asks between steps whether to stop. */
    @FunctionalInterface
    public interface Steps<T> {

        T run(IntConsumer stepsDone, BooleanSupplier cancelled)
                throws ValidationException, RefusedException, ConflictException;
    }

    private final Composite bar;
    private final Label what;
    private final ProgressBar progress;
    private final Button cancel;
    private Job running;

    /** Adds the (hidden) progress row to {@code parent}, a grid of {@code columns}. */
    public TaskProgress(Composite parent, int columns) {
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).exclude(true).applyTo(bar);
        what = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(220, SWT.DEFAULT).applyTo(what);
        progress = new ProgressBar(bar, SWT.SMOOTH | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(progress);
        cancel = new Button(bar, SWT.PUSH);
        cancel.setText(Messages.Dialog_cancel);
        cancel.addListener(SWT.Selection, e -> {
            if (running != null) {
                running.cancel();
                cancel.setEnabled(false);
            }
        });
        bar.setVisible(false);
    }

    /** Whether a task runs now. */
    public boolean busy() {
        return running != null;
    }

    /**
     * Runs {@code steps} ({@code total} of them) in a job named {@code name}; the progress row shows
     * until it ends, then {@code done} or {@code failed} runs on the UI thread unless the screen is gone.
     */
    public <T> Job run(String name, int total, Steps<T> steps, Consumer<T> done, Consumer<Background.Failure> failed) {
        if (running != null) {
            return running;
        }
        Display display = bar.getDisplay();
        show(name, total);
        Job job = Job.create(name, monitor -> {
            monitor.beginTask(name, total);
            Runnable then;
            try {
                T value = steps.run(n -> {
                    monitor.worked(1);
                    display.asyncExec(() -> stepped(name, n, total));
                }, monitor::isCanceled);
                then = () -> done.accept(value);
            } catch (ValidationException | RefusedException | ConflictException | RuntimeException e) {
                Background.Failure f = Background.failure(e);
                then = () -> failed.accept(f);
            } finally {
                monitor.done();
            }
            Runnable shown = then;
            display.asyncExec(() -> {
                if (!bar.isDisposed()) {
                    hide();
                    shown.run();
                }
            });
            return Status.OK_STATUS;
        });
        running = job;
        job.schedule();
        return job;
    }

    private void show(String name, int total) {
        what.setText(NLS.bind(Messages.Task_progress, name, "0/" + total));
        progress.setMaximum(Math.max(1, total));
        progress.setSelection(0);
        cancel.setEnabled(true);
        bar.setVisible(true);
        ((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = false;
        bar.getParent().layout(true, true);
    }

    private void stepped(String name, int done, int total) {
        if (!bar.isDisposed()) {
            progress.setSelection(done);
            what.setText(NLS.bind(Messages.Task_progress, name, done + "/" + total));
        }
    }

    private void hide() {
        running = null;
        bar.setVisible(false);
        ((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = true;
        bar.getParent().layout(true, true);
    }
}
