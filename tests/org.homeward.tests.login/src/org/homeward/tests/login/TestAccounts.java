package org.homeward.tests.login;

import java.util.Locale;

import org.homeward.common.security.Account;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.Role;
import org.osgi.framework.FrameworkUtil;

/**
 * The test runtime's accounts: the administrator it signs in as, and one account per role that tests sign
 * in as (created by the administrator on first use), each through the account service.
 */
public final class TestAccounts {

    public static final String ADMIN = "test.admin";
    public static final String PASSWORD = "mot-de-passe-des-tests";

    private static final java.util.Set<String> CREATED = new java.util.HashSet<>();

    private TestAccounts() {
    }

    public static AccountService service() throws InterruptedException {
        return TestLogin.wait(FrameworkUtil.getBundle(TestAccounts.class).getBundleContext(), AccountService.class);
    }

    /** The user name of the test account holding {@code role}. */
    public static String userName(Role role) {
        return role == Role.ADMINISTRATOR ? ADMIN : "test." + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role signed in now (the administrator's when nobody is). */
    public static Role current() throws InterruptedException {
        return service().current().map(Account::role).orElse(Role.ADMINISTRATOR);
    }

    /**
     * Signs in as the test account holding {@code role}, creating it first if needed.
     *
     * @return the role signed in before, for {@link #signInAs(Role)} to go back to
     */
    public static Role signInAs(Role role) throws Exception {
        return signInAs(userName(role), role);
    }

    /** Signs in as the test account {@code name} holding {@code role}, creating it first if needed. */
    public static synchronized Role signInAs(String name, Role role) throws Exception {
        AccountService accounts = service();
        Role previous = accounts.current().map(Account::role).orElse(Role.ADMINISTRATOR);
        if (!ADMIN.equals(name) && !CREATED.contains(name)) {
            accounts.signIn(ADMIN, PASSWORD.toCharArray());
            if (accounts.accounts().stream().noneMatch(a -> a.userName().equals(name))) {
                accounts.create(name, "Test " + role.name(), role, PASSWORD.toCharArray());
            }
            CREATED.add(name);
        }
        accounts.signIn(name, PASSWORD.toCharArray());
        return previous;
    }

    /** {@code work}'s result, computed signed in as {@code role}; then whoever was signed in is again. */
    public static <T> T call(Role role, java.util.concurrent.Callable<T> work) throws Exception {
        Role before = signInAs(role);
        try {
            return work.call();
        } finally {
            signInAs(before);
        }
    }

    /** Runs {@code work} signed in as {@code role}; then whoever was signed in is again. */
    public static void as(Role role, Work work) throws Exception {
        call(role, () -> {
            work.run();
            return null;
        });
    }

    public interface Work {

        void run() throws Exception;
    }
}
