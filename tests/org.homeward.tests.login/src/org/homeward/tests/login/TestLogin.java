package org.homeward.tests.login;

import org.homeward.common.security.AccountService;
import org.homeward.persistence.Vault;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Signs the test runtime in as the test administrator, through the same vault and account service as the
 * login dialog: on a new data folder it creates the vault with that account (the first-run path), later it
 * unlocks it. Started at a start level after every other bundle, so the workbench finds the session open.
 */
public class TestLogin implements BundleActivator {

    @Override
    public void start(BundleContext context) throws Exception {
        Vault vault = wait(context, Vault.class);
        char[] password = TestAccounts.PASSWORD.toCharArray();
        if (vault.state() == Vault.State.NEW) {
            vault.create(TestAccounts.ADMIN, password);
        } else if (vault.state() == Vault.State.LOCKED) {
            vault.unlock(TestAccounts.ADMIN, password);
        }
        wait(context, AccountService.class).signIn(TestAccounts.ADMIN, password);
    }

    static <T> T wait(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(120_000);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " did not appear within 120 s");
        }
        return service;
    }

    @Override
    public void stop(BundleContext context) {
        // the framework closes the database
    }
}
