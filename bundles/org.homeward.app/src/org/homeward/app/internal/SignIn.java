package org.homeward.app.internal;

import org.eclipse.osgi.util.NLS;
import org.homeward.common.security.Account;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.SignInException;
import org.homeward.persistence.DatabaseState;
import org.homeward.persistence.Vault;
import org.homeward.persistence.VaultException;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Signing in from the dialog, off the UI thread: the vault is created (first start) or unlocked with the
 * password, the database opens, then the account service signs the user in and audits it.
 */
final class SignIn {

    static final int OPENING_SECONDS = 180;

    private final BundleContext context;

    SignIn(BundleContext context) {
        this.context = context;
    }

    /**
     * Why the database cannot open on this computer now (another workbench has the data folder, or it
     * failed before anyone signed in), for the user; empty when it can.
     */
    java.util.Optional<String> unavailable() throws InterruptedException {
        DatabaseState state = waitFor(DatabaseState.class, 30);
        return state.phase() == DatabaseState.Phase.IN_USE || state.phase() == DatabaseState.Phase.FAILED
                ? java.util.Optional.of(state.problem())
                : java.util.Optional.empty();
    }

    Vault vault() throws InterruptedException {
        return waitFor(Vault.class, 30);
    }

    /** The signed-in account, once this workbench has one (the database open and someone signed in). */
    java.util.Optional<Account> current() {
        ServiceTracker<AccountService, AccountService> t = new ServiceTracker<>(context, AccountService.class, null);
        t.open();
        try {
            AccountService s = t.getService();
            return s == null ? java.util.Optional.empty() : s.current();
        } finally {
            t.close();
        }
    }

    Account run(boolean first, String user, char[] password) throws SignInException, InterruptedException {
        Vault vault = vault();
        try {
            if (first) {
                vault.create(user, password);
            } else if (vault.state() != Vault.State.UNLOCKED) {
                vault.unlock(user, password);
            }
        } catch (VaultException e) {
            SignInException.Reason reason = switch (e.reason()) {
                case WRONG_PASSWORD -> SignInException.Reason.WRONG_CREDENTIALS;
                case THROTTLED -> SignInException.Reason.THROTTLED;
                default -> SignInException.Reason.FAILED;
            };
            throw new SignInException(reason, e.getMessage(), e.waitSeconds(), e);
        }
        return accounts().signIn(user, password);
    }

    /** The account service, once the database is open; says why when it fails to open. */
    private AccountService accounts() throws SignInException, InterruptedException {
        ServiceTracker<AccountService, AccountService> accounts = new ServiceTracker<>(context, AccountService.class,
                null);
        ServiceTracker<DatabaseState, DatabaseState> states = new ServiceTracker<>(context, DatabaseState.class, null);
        accounts.open();
        states.open();
        try {
            long deadline = System.currentTimeMillis() + OPENING_SECONDS * 1000L;
            while (System.currentTimeMillis() < deadline) {
                AccountService s = accounts.waitForService(200);
                if (s != null) {
                    return s;
                }
                DatabaseState state = states.getService();
                if (state != null && state.phase() == DatabaseState.Phase.FAILED) {
                    throw new SignInException(SignInException.Reason.FAILED, NLS.bind(Messages.SignIn_databaseFailed,
                            state.problem()), 0, null);
                }
            }
            throw new SignInException(SignInException.Reason.FAILED, NLS.bind(Messages.SignIn_timeout,
                    OPENING_SECONDS), 0, null);
        } finally {
            accounts.close();
            states.close();
        }
    }

    private <T> T waitFor(Class<T> type, int seconds) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(context, type, null);
        t.open();
        T found = t.waitForService(seconds * 1000L);
        if (found == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not available");
        }
        return found;
    }
}
