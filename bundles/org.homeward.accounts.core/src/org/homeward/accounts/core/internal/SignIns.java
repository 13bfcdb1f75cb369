package org.homeward.accounts.core.internal;

import static org.homeward.accounts.core.internal.AccountServiceImpl.ACCOUNT;
import static org.homeward.accounts.core.internal.AccountServiceImpl.SIGN_IN;
import static org.homeward.accounts.core.internal.AccountServiceImpl.count;
import static org.homeward.accounts.core.internal.AccountServiceImpl.fields;
import static org.homeward.accounts.core.internal.AccountServiceImpl.find;
import static org.homeward.accounts.core.internal.AccountServiceImpl.normal;
import static org.homeward.accounts.core.internal.AccountServiceImpl.passwordProblems;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.cases.model.service.AuditService;
import org.homeward.common.security.Account;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.Role;
import org.homeward.common.security.SignInException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Vault;
import org.homeward.persistence.VaultException;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManagerFactory;

/**
 * Signing in, confirming a password and changing one's own: each password checked against its key slot, each
 * wrong one written to the audit trail at once (with those the vault kept while the database was locked).
 */
final class SignIns {

    private final EntityManagerFactory emf;
    private final Vault vault;
    private final AuditService audit;
    private final SessionUser session;
    private final Clock clock;
    private final Supplier<EventAdmin> events;

    SignIns(EntityManagerFactory emf, Vault vault, AuditService audit, SessionUser session, Clock clock,
            Supplier<EventAdmin> events) {
        this.emf = emf;
        this.vault = vault;
        this.audit = audit;
        this.session = session;
        this.clock = clock;
        this.events = events;
    }

    Account signIn(String userName, char[] password) throws SignInException {
        String name = normal(userName);
        check(name, password);
        Account account = Transactions.inTransaction(emf, em -> {
            auditFailures();
            UserAccountEntity e = find(em, name);
            if (e == null && count(em) == 0) {
                e = new UserAccountEntity(name, name, Role.ADMINISTRATOR, clock.instant());
                em.persist(e);
                em.flush();
                audit.recorder(name, clock.instant()).created(null, ACCOUNT, e.id(), fields(e));
            }
            if (e == null || !e.active()) {
                return null;
            }
            audit.recorder(name, clock.instant()).created(null, SIGN_IN, e.id(), Map.of("outcome", "succeeded"));
            return e.view();
        });
        if (account == null) {
            throw new SignInException(SignInException.Reason.INACTIVE, Messages.Account_closed, 0, null);
        }
        session.signedIn(account);
        EventAdmin admin = events.get();
        if (admin != null) {
            admin.postEvent(new Event(AccountService.TOPIC_SIGNED_IN, Map.of("user", account.userName())));
        }
        return account;
    }

    void confirm(char[] password) throws SignInException {
        Account a = session.account().orElseThrow(
                () -> new SignInException(SignInException.Reason.FAILED, Messages.Account_notSignedIn, 0, null));
        check(a.userName(), password);
    }

    /** Checks the password with the vault; a wrong one goes to the audit trail at once. */
    private void check(String name, char[] password) throws SignInException {
        try {
            vault.verify(name, password);
        } catch (VaultException e) {
            throw refused(e);
        }
    }

    /** The refusal for the user; a wrong password goes to the audit trail at once. */
    private SignInException refused(VaultException e) {
        if (e.reason() == VaultException.Reason.WRONG_PASSWORD) {
            Transactions.inTransaction(emf, em -> {
                auditFailures();
                return null;
            });
        }
        return signInFailure(e);
    }

    static SignInException signInFailure(VaultException e) {
        SignInException.Reason reason = switch (e.reason()) {
            case WRONG_PASSWORD -> SignInException.Reason.WRONG_CREDENTIALS;
            case THROTTLED -> SignInException.Reason.THROTTLED;
            default -> SignInException.Reason.FAILED;
        };
        return new SignInException(reason, e.getMessage(), e.waitSeconds(), e);
    }

    /** The failed attempts the vault kept (some made while the database was locked), each as an audit line. */
    private void auditFailures() {
        try {
            for (Vault.FailedAttempt f : vault.takeFailedAttempts()) {
                audit.recorder(f.user(), f.at()).created(null, SIGN_IN, 0, Map.of("outcome", "refused"));
            }
        } catch (VaultException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    void changePassword(char[] oldPassword, char[] newPassword) throws SignInException, ValidationException {
        Account a = session.account().orElseThrow(
                () -> new SignInException(SignInException.Reason.FAILED, Messages.Account_notSignedIn, 0, null));
        List<FieldProblem> problems = passwordProblems(a.userName(), newPassword, "newPassword");
        if (java.util.Arrays.equals(oldPassword, newPassword)) {
            problems.add(new FieldProblem("newPassword", Messages.Account_passwordUnchanged));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            vault.change(a.userName(), oldPassword, newPassword);
        } catch (VaultException e) {
            throw refused(e);
        }
        Transactions.inTransaction(emf, em -> {
            UserAccountEntity e = find(em, a.userName());
            e.passwordChanged(clock.instant());
            audit.recorder(a.userName(), clock.instant()).updated(null, ACCOUNT, e.id(), "password", null,
                    "changed");
            return null;
        });
    }
}
