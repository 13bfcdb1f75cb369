package org.homeward.common.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The permission matrix: which role may do what, in one place. Services check it before they read or change
 * personal data ({@link CurrentUser#can(Permission)}); screens hide or disable what the role cannot do.
 *
 * @since 1.1
 */
public final class Permissions {

    private static final Map<Role, Set<Permission>> MATRIX = new EnumMap<>(Role.class);

    static {
        // assistants interview, register, write to embassies, book tickets and prepare departures; they keep the
        // directories they work with (partner organisations, embassies, missions, airports, procedures)
        Set<Permission> assistant = EnumSet.of(Permission.READ_CASE, Permission.EDIT_CASE,
                Permission.SHARE_WITH_EMBASSY, Permission.BOOK_TRAVEL, Permission.EXPORT, Permission.EDIT_DIRECTORIES);
        Set<Permission> officer = EnumSet.copyOf(assistant);
        officer.add(Permission.READ_SENSITIVE);
        Set<Permission> programme = EnumSet.of(Permission.READ_CASE, Permission.EDIT_CASE,
                Permission.SHARE_WITH_EMBASSY, Permission.EXPORT);
        programme.addAll(EnumSet.of(Permission.READ_SENSITIVE, Permission.DECIDE_ELIGIBILITY, Permission.APPROVE,
                Permission.EXPORT_IDENTIFIED, Permission.SUBJECT_ACCESS));
        MATRIX.put(Role.OPERATIONS_ASSISTANT, assistant);
        MATRIX.put(Role.OPERATIONS_OFFICER, officer);
        MATRIX.put(Role.PROGRAMME_OFFICER, programme);
        MATRIX.put(Role.ADMINISTRATOR, EnumSet.allOf(Permission.class));
    }

    private Permissions() {
    }

    /** What {@code role} may do. */
    public static Set<Permission> of(Role role) {
        return role == null ? Set.of() : Set.copyOf(MATRIX.get(role));
    }

    public static boolean granted(Role role, Permission permission) {
        return role != null && MATRIX.get(role).contains(permission);
    }
}
