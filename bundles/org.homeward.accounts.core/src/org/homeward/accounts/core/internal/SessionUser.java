package org.homeward.accounts.core.internal;

import java.util.Optional;

import org.homeward.common.security.Account;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.osgi.service.component.annotations.Component;

/**
 * The account signed in on this workbench, as the {@link CurrentUser} every service checks. Nobody before
 * the first sign-in: no name, no role, no permission.
 */
@Component(service = {CurrentUser.class, SessionUser.class})
public class SessionUser implements CurrentUser {

    private volatile Account account;

    @Override
    public String name() {
        Account a = account;
        return a == null ? "" : a.userName();
    }

    @Override
    public Role role() {
        Account a = account;
        return a == null ? null : a.role();
    }

    Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    void signedIn(Account signedIn) {
        account = signedIn;
    }
}
