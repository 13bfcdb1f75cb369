package org.homeward.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.homeward.common.security.AccountService;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Locks the workbench after a time without keyboard or mouse activity (10 minutes unless the preference
 * {@value #IDLE_SECONDS} of node {@value #NODE} says otherwise): every window is hidden, unsaved edits
 * included, until the signed-in user gives their password again. Also locks on demand (Window > Lock).
 */
public class IdleLock {

    public static final String NODE = "org.homeward.app";
    public static final String IDLE_SECONDS = "lock.idleSeconds";
    static final int DEFAULT_IDLE_SECONDS = 600;
    private static final int[] ACTIVITY = {SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel};

    private Display display;
    private ServiceTracker<AccountService, AccountService> accounts;
    private final Listener activity = this::active;
    private long lastActivity = System.currentTimeMillis();
    private boolean locked;

    @PostConstruct
    void start(Display current, MApplication application) {
        display = current;
        accounts = new ServiceTracker<>(FrameworkUtil.getBundle(IdleLock.class).getBundleContext(),
                AccountService.class, null);
        accounts.open();
        for (int type : ACTIVITY) {
            display.addFilter(type, activity);
        }
        display.timerExec(1000, this::check);
        application.getContext().set(IdleLock.class, this); // for Window > Lock
    }

    private void active(Event e) {
        lastActivity = System.currentTimeMillis();
    }

    private void check() {
        if (display.isDisposed()) {
            return;
        }
        long idle = (System.currentTimeMillis() - lastActivity) / 1000;
        if (!locked && idle >= idleSeconds()) {
            lock(false);
        }
        display.timerExec(1000, this::check);
    }

    static int idleSeconds() {
        return Math.max(5, InstanceScope.INSTANCE.getNode(NODE).getInt(IDLE_SECONDS, DEFAULT_IDLE_SECONDS));
    }

    /** Window > Lock: hides every window and asks for the password; returns once it was given. */
    public void lock() {
        lock(true);
    }

    private void lock(boolean asked) {
        AccountService service = accounts.getService();
        if (locked || service == null || service.current().isEmpty()) {
            return;
        }
        locked = true;
        Shell active = display.getActiveShell();
        org.eclipse.swt.widgets.Control focus = display.getFocusControl();
        List<Shell> hidden = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (shell.isVisible()) {
                shell.setVisible(false);
                hidden.add(shell);
            }
        }
        Shell owner = new Shell(display);
        try {
            new LockDialog(owner, service, Math.max(1, idleSeconds() / 60), asked).open();
        } finally {
            owner.dispose();
            for (Shell shell : hidden) {
                if (!shell.isDisposed()) {
                    shell.setVisible(true);
                }
            }
            Shell back = active != null ? active : hidden.isEmpty() ? null : hidden.get(0);
            if (back != null && !back.isDisposed()) {
                back.forceActive(); // back where the user was: keyboard shortcuts and typing go there again
            }
            if (focus != null && !focus.isDisposed()) {
                focus.setFocus();
            }
            lastActivity = System.currentTimeMillis();
            locked = false;
        }
    }

    @PreDestroy
    void stop() {
        if (!display.isDisposed()) {
            for (int type : ACTIVITY) {
                display.removeFilter(type, activity);
            }
        }
        accounts.close();
    }
}
