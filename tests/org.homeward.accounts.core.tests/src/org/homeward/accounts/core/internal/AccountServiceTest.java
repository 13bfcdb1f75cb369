package org.homeward.accounts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.common.security.Account;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.PermissionDeniedException;
import org.homeward.common.security.Role;
import org.homeward.common.security.SignInException;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Vault;
import org.homeward.tests.login.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Accounts through the running services: the database is open (the test runtime signed in as its
 * administrator), every password goes through the vault's key slots.
 */
class AccountServiceTest {

    private static final char[] ADMIN = TestAccounts.PASSWORD.toCharArray();

    private AccountService accounts;
    private CurrentUser user;
    private Vault vault;
    private AuditService audit;

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(FrameworkUtil.getBundle(AccountServiceTest.class)
                .getBundleContext(), type, null);
        t.open();
        return t.waitForService(60_000);
    }

    @BeforeEach
    void signedInAsAdministrator() throws Exception {
        accounts = service(AccountService.class);
        user = service(CurrentUser.class);
        vault = service(Vault.class);
        audit = service(AuditService.class);
        accounts.signIn(TestAccounts.ADMIN, ADMIN);
    }

    @AfterEach
    void administratorAgain() throws Exception {
        accounts.signIn(TestAccounts.ADMIN, ADMIN);
    }

    private static String unique(String stem) {
        return stem + "." + Integer.toString(new Random().nextInt(1 << 30), 36);
    }

    private Account account(String name) throws RefusedException {
        return accounts.accounts().stream().filter(a -> a.userName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anAdministratorCreatesAnAccountWhoseUserSignsInWithItsRole() throws Exception {
        String name = unique("awa");
        Account created = accounts.create(name, "Awa Diallo", Role.OPERATIONS_ASSISTANT,
                "premier-mot-de-passe".toCharArray());
        assertEquals(Role.OPERATIONS_ASSISTANT, created.role());
        assertTrue(vault.holds(name), "a key slot for the new account");

        accounts.signIn(name.toUpperCase(), "premier-mot-de-passe".toCharArray());
        assertEquals(name, user.name(), "the audit trail's name is the account's");
        assertEquals(Role.OPERATIONS_ASSISTANT, user.role());
        assertThrows(PermissionDeniedException.class, () -> accounts.accounts(),
                "an assistant does not manage accounts");
        assertThrows(PermissionDeniedException.class, () -> accounts.create(unique("x"), "X", Role.ADMINISTRATOR,
                "un-mot-de-passe-long".toCharArray()));

        accounts.signIn(TestAccounts.ADMIN, ADMIN);
        List<String> trail = lines("UserAccount");
        assertTrue(trail.stream().anyMatch(l -> l.startsWith(TestAccounts.ADMIN + " CREATE userName")
                && l.endsWith(name)), "the creation is audited, by whom: " + trail);
    }

    @Test
    void badAccountsAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String name = unique("k");
        ValidationException e = assertThrows(ValidationException.class, () -> accounts.create("Nom Avec Espace",
                " ", null, "court".toCharArray()));
        assertEquals(List.of("userName", "fullName", "role", "password"), e.problems().stream().map(p -> p.field())
                .toList());
        accounts.create(name, "Karim", Role.OPERATIONS_OFFICER, "un-mot-de-passe-long".toCharArray());
        ValidationException taken = assertThrows(ValidationException.class, () -> accounts.create(name, "Autre",
                Role.OPERATIONS_OFFICER, "un-autre-mot-de-passe".toCharArray()));
        assertTrue(taken.getMessage().contains(name), taken.getMessage());
        String longName = unique("mmmmmmmmmm");
        ValidationException same = assertThrows(ValidationException.class, () -> accounts.create(longName, "M",
                Role.OPERATIONS_OFFICER, longName.toCharArray()), "the password is the user name");
        assertEquals("password", same.problems().get(0).field());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrongAndGoesToTheAuditTrail() throws Exception {
        long before = lines("SignIn").stream().filter(l -> l.contains("refused")).count();
        SignInException wrong = assertThrows(SignInException.class,
                () -> accounts.signIn(TestAccounts.ADMIN, "pas-le-bon".toCharArray()));
        SignInException unknown = assertThrows(SignInException.class,
                () -> accounts.signIn("personne", "pas-le-bon".toCharArray()));
        assertEquals(SignInException.Reason.WRONG_CREDENTIALS, wrong.reason());
        assertEquals(wrong.getMessage(), unknown.getMessage(), "the same words for an unknown name");
        assertEquals(TestAccounts.ADMIN, user.name(), "still signed in as before");
        List<String> refused = lines("SignIn").stream().filter(l -> l.contains("refused")).toList();
        assertEquals(before + 2, refused.size(), "two refused attempts audited: " + refused);
        assertTrue(refused.stream().anyMatch(l -> l.startsWith("personne ")), refused.toString());
        assertTrue(lines("SignIn").stream().anyMatch(l -> l.startsWith(TestAccounts.ADMIN + " CREATE outcome")
                && l.endsWith("succeeded")));
    }

    @Test
    void aResetGivesAccessBackAndAPasswordChangeKeepsTheOthersAccess() throws Exception {
        String forgetful = unique("oublieux");
        String other = unique("autre");
        accounts.create(forgetful, "Oublieux", Role.OPERATIONS_ASSISTANT, "mot-oublie-depuis".toCharArray());
        accounts.create(other, "Autre", Role.OPERATIONS_ASSISTANT, "mot-de-l-autre".toCharArray());
        long cases = service(CaseService.class).count(org.homeward.cases.model.CaseFilter.ALL);

        accounts.resetPassword(forgetful, "remis-par-l-admin".toCharArray(), account(forgetful).version());
        assertThrows(SignInException.class, () -> accounts.signIn(forgetful, "mot-oublie-depuis".toCharArray()));
        accounts.signIn(forgetful, "remis-par-l-admin".toCharArray());
        accounts.changePassword("remis-par-l-admin".toCharArray(), "choisi-par-moi".toCharArray());
        assertThrows(SignInException.class, () -> accounts.changePassword("faux-mot-de-passe".toCharArray(),
                "encore-un-autre".toCharArray()), "the old password must be right");
        accounts.signIn(other, "mot-de-l-autre".toCharArray());
        accounts.signIn(forgetful, "choisi-par-moi".toCharArray());
        assertEquals(cases, service(CaseService.class).count(org.homeward.cases.model.CaseFilter.ALL),
                "the data is still there");

        accounts.signIn(TestAccounts.ADMIN, ADMIN);
        assertThrows(ConflictException.class, () -> accounts.resetPassword(forgetful,
                "encore-un-mot-long".toCharArray(), account(forgetful).version() - 1), "a stale version");
        assertTrue(lines("UserAccount").stream().anyMatch(l -> l.contains("UPDATE password") && l.endsWith("reset")));
    }

    @Test
    void aClosedAccountNoLongerOpensAndTheLastAdministratorStays() throws Exception {
        String leaving = unique("partant");
        accounts.create(leaving, "Partant", Role.PROGRAMME_OFFICER, "mot-du-partant".toCharArray());
        accounts.close(leaving, account(leaving).version());
        assertFalse(vault.holds(leaving), "no key slot left");
        assertThrows(SignInException.class, () -> accounts.signIn(leaving, "mot-du-partant".toCharArray()));
        assertFalse(account(leaving).active());

        long administrators = accounts.accounts().stream()
                .filter(a -> a.active() && a.role() == Role.ADMINISTRATOR).count();
        assertEquals(1, administrators, "the test runtime has one administrator");
        Account admin = account(TestAccounts.ADMIN);
        ValidationException last = assertThrows(ValidationException.class,
                () -> accounts.changeRole(TestAccounts.ADMIN, Role.OPERATIONS_OFFICER, admin.version()));
        assertEquals("role", last.problems().get(0).field());
        assertEquals(Role.ADMINISTRATOR, account(TestAccounts.ADMIN).role());
    }

    /** The audit lines of {@code entity}, newest first, as "user ACTION field value". */
    private List<String> lines(String entity) {
        return audit.trailOf(entity).stream().map(AccountServiceTest::line).toList();
    }

    private static String line(AuditEntry e) {
        return e.getUserName() + " " + e.getAction() + " " + e.getField() + " " + e.getNewValue();
    }
}
