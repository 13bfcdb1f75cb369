package org.homeward.cases.ui.editor.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Control;

/** Reads in a background job and hands the result to the UI thread, unless the control is gone by then. */
final class Background {

    private Background() {
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
