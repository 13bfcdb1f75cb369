package org.homeward.tests.ui.driver;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/** Runs code on the workbench's UI thread from a test thread, and waits for conditions. */
public final class UI {

    /** How long a wait lasts unless told otherwise; generous for a loaded 2-core CI machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final long POLL_MS = 50;

    private UI() {
    }

    /** The display that a running workbench owns, waiting for it to exist. */
    public static Display workbenchDisplay(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                Display d = Display.findDisplay(t);
                if (d != null && !d.isDisposed()) {
                    return d;
                }
            }
            sleep();
        }
        throw new TimeoutException("no SWT display appeared within " + timeout.toSeconds() + " s");
    }

    /** Runs {@code work} on the UI thread and returns its result; exceptions come back to the caller. */
    public static <T> T syncCall(Display display, Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Throwable t) { // handed back to the test thread
                error.set(t);
            }
        });
        Throwable t = error.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new SWTException(t.toString());
        }
        return result.get();
    }

    /** Waits until {@code condition} holds (tested on the test thread), or fails with {@code what}. */
    public static void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                last = null;
            } catch (WidgetNotFoundException e) {
                last = e;
            }
            sleep();
        }
        TimeoutException timeoutException = new TimeoutException(
                "waited " + timeout.toMillis() + " ms for: " + what);
        if (last != null) {
            timeoutException.initCause(last);
        }
        throw timeoutException;
    }

    /** Waits one polling interval (off the UI thread). */
    public static void pause() {
        sleep();
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        }
    }
}
