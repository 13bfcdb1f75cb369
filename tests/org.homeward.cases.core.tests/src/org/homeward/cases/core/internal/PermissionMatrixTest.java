package org.homeward.cases.core.internal;

import org.homeward.common.security.PermissionDeniedException;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.common.security.Permission;
import org.homeward.common.security.Permissions;
import org.homeward.common.security.Role;
import org.homeward.common.validation.RefusedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/**
 * The permission matrix as the office decided it, written here by hand, and the services that already
 * check it refusing exactly the roles it leaves out (the check of every service method is still to come).
 */
class PermissionMatrixTest {

    private static final Map<Role, Set<Permission>> DECIDED = Map.of(
            Role.OPERATIONS_ASSISTANT, EnumSet.of(Permission.READ_CASE, Permission.EDIT_CASE,
                    Permission.SHARE_WITH_EMBASSY, Permission.BOOK_TRAVEL, Permission.EXPORT,
                    Permission.EDIT_DIRECTORIES),
            Role.OPERATIONS_OFFICER, EnumSet.of(Permission.READ_CASE, Permission.EDIT_CASE,
                    Permission.SHARE_WITH_EMBASSY, Permission.EXPORT, Permission.READ_SENSITIVE,
                    Permission.BOOK_TRAVEL, Permission.EDIT_DIRECTORIES),
            Role.PROGRAMME_OFFICER, EnumSet.of(Permission.READ_CASE, Permission.EDIT_CASE,
                    Permission.SHARE_WITH_EMBASSY, Permission.EXPORT, Permission.READ_SENSITIVE,
                    Permission.DECIDE_ELIGIBILITY, Permission.APPROVE, Permission.EXPORT_IDENTIFIED,
                    Permission.SUBJECT_ACCESS),
            Role.ADMINISTRATOR, EnumSet.allOf(Permission.class));

    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @Test
    void theMatrixIsTheOneDecided() {
        for (Role role : Role.values()) {
            assertEquals(DECIDED.get(role), Permissions.of(role), role.name());
        }
    }

    @Test
    void servicesRefuseExactlyTheRolesTheMatrixLeavesOut() throws Exception {
        MigrantCase c = TestDatabase.newCase(emf);
        long person = new HouseholdServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone()).members(c.getId())
                .get(0).getId();
        new VulnerabilityServiceImpl(emf, new TestUser("p", Role.PROGRAMME_OFFICER), Clock.systemUTC())
                .screen(c.getId(), person, 0L, Map.of(VulnerabilityType.GBV_SURVIVOR, "suivi par une association"));
        for (Role role : Role.values()) {
            TestUser user = new TestUser("u", role);
            Set<Permission> granted = EnumSet.noneOf(Permission.class);
            if (!refused(() -> new RetentionServiceImpl(emf, user, Clock.systemDefaultZone(), null)
                    .due(LocalDate.now()))) {
                granted.add(Permission.PURGE);
            }
            if (!refused(() -> new AuditServiceImpl(emf, user).verify(n -> {
            }, () -> true))) {
                granted.add(Permission.VERIFY_AUDIT);
            }
            if (new CaseMergeServiceImpl(emf, user, Clock.systemUTC()).whyNotAllowed().isEmpty()) {
                granted.add(Permission.MERGE);
            }
            if (new VulnerabilityServiceImpl(emf, user, Clock.systemUTC()).ofCase(c.getId()).get(0)
                    .getNote() != null) {
                granted.add(Permission.READ_SENSITIVE);
            }
            Set<Permission> checked = EnumSet.of(Permission.PURGE, Permission.VERIFY_AUDIT, Permission.MERGE,
                    Permission.READ_SENSITIVE);
            Set<Permission> expected = EnumSet.copyOf(checked);
            expected.retainAll(DECIDED.get(role));
            assertEquals(expected, granted, role.name());
        }
    }

    /** Whether the call is refused; a cancelled walk of the audit trail counts as allowed. */
    private static boolean refused(Call call) throws Exception {
        try {
            call.run();
            return false;
        } catch (PermissionDeniedException e) {
            return true;
        } catch (java.util.concurrent.CancellationException e) {
            return false;
        }
    }

    @FunctionalInterface
    private interface Call {

        Object run() throws Exception;
    }
}
