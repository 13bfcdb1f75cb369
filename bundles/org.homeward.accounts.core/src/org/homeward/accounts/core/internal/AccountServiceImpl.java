package org.homeward.accounts.core.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.service.AuditService;
import org.homeward.common.security.Account;
import org.homeward.common.security.AccountService;
import org.homeward.common.security.Permission;
import org.homeward.common.security.Role;
import org.homeward.common.security.SignInException;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.Vault;
import org.homeward.persistence.VaultException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Accounts in the {@code USER_ACCOUNT} table, passwords in the vault's key slots. A change to an account
 * commits with its audit lines first; its key slot is written after that commit (a slot without its
 * account opens nothing, since signing in also needs an active account).
 */
@Component(service = AccountService.class)
public class AccountServiceImpl implements AccountService {

    static final String ACCOUNT = "UserAccount";
    static final String SIGN_IN = "SignIn";

    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final EntityManagerFactory emf;
    private final Vault vault;
    private final AuditService audit;
    private final SessionUser session;
    private final Clock clock;
    private final SignIns signIns;

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL, policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.osgi.service.event.EventAdmin events;

    @Activate
    public AccountServiceImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "vault") Vault vault, @Reference(name = "audit") AuditService audit,
            @Reference(name = "session") SessionUser session) {
        this(emf, vault, audit, session, Clock.systemUTC());
    }

    AccountServiceImpl(EntityManagerFactory emf, Vault vault, AuditService audit, SessionUser session,
            Clock clock) {
        this.emf = emf;
        this.vault = vault;
        this.audit = audit;
        this.session = session;
        this.clock = clock;
        this.signIns = new SignIns(emf, vault, audit, session, clock, () -> events);
    }

    @Override
    public Account signIn(String userName, char[] password) throws SignInException {
        return signIns.signIn(userName, password);
    }

    @Override
    public void confirm(char[] password) throws SignInException {
        signIns.confirm(password);
    }

    @Override
    public void changePassword(char[] oldPassword, char[] newPassword) throws SignInException, ValidationException {
        signIns.changePassword(oldPassword, newPassword);
    }

    @Override
    public void signOut() {
        session.signedIn(null);
    }

    @Override
    public Optional<Account> current() {
        return session.account();
    }

    @Override
    public List<Account> accounts() throws RefusedException {
        administrator();
        return Transactions.read(emf, em -> em.createQuery("SELECT a FROM UserAccount a ORDER BY a.userName",
                UserAccountEntity.class).getResultList().stream().map(UserAccountEntity::view).toList());
    }

    @Override
    public Account create(String userName, String fullName, Role role, char[] password)
            throws RefusedException, ValidationException {
        administrator();
        String name = normal(userName);
        List<FieldProblem> problems = new ArrayList<>();
        if (!USER_NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("userName", Messages.Account_userNameBad));
        }
        if (fullName == null || fullName.isBlank()) {
            problems.add(new FieldProblem("fullName", Messages.Account_fullNameMissing));
        }
        if (role == null) {
            problems.add(new FieldProblem("role", Messages.Account_roleMissing));
        }
        problems.addAll(passwordProblems(name, password, "password"));
        Account created = Transactions.inTransaction(emf, em -> {
            if (find(em, name) != null) {
                problems.add(new FieldProblem("userName", NLS.bind(Messages.Account_userNameTaken, name)));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            UserAccountEntity e = new UserAccountEntity(name, fullName.strip(), role, clock.instant());
            em.persist(e);
            em.flush();
            audit.recorder(session.name(), clock.instant()).created(null, ACCOUNT, e.id(), fields(e));
            return e.view();
        });
        slot(() -> vault.grant(name, password));
        return created;
    }

    @Override
    public Account changeRole(String userName, Role role, long expectedVersion)
            throws RefusedException, ValidationException, ConflictException {
        administrator();
        if (role == null) {
            throw new ValidationException(List.of(new FieldProblem("role", Messages.Account_roleMissing)));
        }
        Account changed = change(userName, expectedVersion, role != Role.ADMINISTRATOR, (em, e) -> {
            audit.recorder(session.name(), clock.instant()).updated(null, ACCOUNT, e.id(), "role", e.role(), role);
            e.role(role);
        });
        session.account().filter(a -> a.userName().equals(changed.userName()))
                .ifPresent(a -> session.signedIn(changed));
        return changed;
    }

    @Override
    public Account resetPassword(String userName, char[] password, long expectedVersion)
            throws RefusedException, ValidationException, ConflictException {
        administrator();
        String name = normal(userName);
        List<FieldProblem> problems = passwordProblems(name, password, "password");
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Account changed = change(name, expectedVersion, false, (em, e) -> {
            e.passwordChanged(clock.instant());
            audit.recorder(session.name(), clock.instant()).updated(null, ACCOUNT, e.id(), "password", null,
                    "reset");
        });
        slot(() -> vault.grant(name, password));
        return changed;
    }

    @Override
    public Account close(String userName, long expectedVersion)
            throws RefusedException, ValidationException, ConflictException {
        administrator();
        String name = normal(userName);
        Account closed = change(name, expectedVersion, true, (em, e) -> {
            audit.recorder(session.name(), clock.instant()).updated(null, ACCOUNT, e.id(), "active", true, false);
            e.close();
        });
        slot(() -> vault.revoke(name));
        return closed;
    }

    private interface Change {

        void apply(EntityManager em, UserAccountEntity e);
    }

    /** One account changed at the version the administrator saw, keeping an active administrator. */
    private Account change(String userName, long expectedVersion, boolean mayRemoveAdministrator, Change change)
            throws ValidationException, ConflictException {
        String name = normal(userName);
        try {
            return Transactions.<Account, Exception>inTransaction(emf, em -> {
                UserAccountEntity e = find(em, name);
                if (e == null) {
                    throw new ValidationException(
                            List.of(new FieldProblem("userName", NLS.bind(Messages.Account_unknown,
                                    name))));
                }
                if (e.version() != expectedVersion) {
                    throw new ConflictException(NLS.bind(Messages.Account_conflict, name));
                }
                if (mayRemoveAdministrator && e.active() && e.role() == Role.ADMINISTRATOR
                        && activeAdministrators(em) <= 1) {
                    throw new ValidationException(
                            List.of(new FieldProblem("role", Messages.Account_lastAdministrator)));
                }
                change.apply(em, e);
                em.flush();
                return e.view();
            });
        } catch (ValidationException | ConflictException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface SlotWrite {

        void run() throws VaultException;
    }

    private static void slot(SlotWrite write) throws ValidationException {
        try {
            write.run();
        } catch (VaultException e) {
            throw new ValidationException(List.of(new FieldProblem("password", NLS.bind(Messages.Account_keyFile,
                    e.getMessage()))));
        }
    }

    private void administrator() {
        session.require(Permission.ADMINISTER_USERS);
    }

    static List<FieldProblem> passwordProblems(String name, char[] password, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.length < MINIMUM_PASSWORD_LENGTH) {
            problems.add(new FieldProblem(field, NLS.bind(Messages.Account_passwordShort, MINIMUM_PASSWORD_LENGTH)));
        } else if (new String(password).strip().equalsIgnoreCase(name)) {
            problems.add(new FieldProblem(field, Messages.Account_passwordIsName));
        }
        return problems;
    }

    static Map<String, Object> fields(UserAccountEntity e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("userName", e.userName());
        f.put("role", e.role());
        return f;
    }

    static String normal(String userName) {
        return userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
    }

    static UserAccountEntity find(EntityManager em, String name) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.userName = :n", UserAccountEntity.class)
                .setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    static long count(EntityManager em) {
        return em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
    }

    private static long activeAdministrators(EntityManager em) {
        return em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.active = TRUE AND a.role = :r", Long.class)
                .setParameter("r", Role.ADMINISTRATOR).getSingleResult();
    }
}
