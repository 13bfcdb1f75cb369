package org.homeward.ui;

import org.eclipse.osgi.util.NLS;
import org.homeward.common.security.Permission;
import org.homeward.common.security.PermissionDeniedException;
import org.homeward.common.security.Role;
import org.homeward.ui.internal.Messages;

/** Roles and permissions in words, and what a user is told when their role does not allow an action. */
public final class PermissionWords {

    private PermissionWords() {
    }

    public static String role(Role role) {
        return switch (role) {
            case OPERATIONS_ASSISTANT -> Messages.Role_OPERATIONS_ASSISTANT;
            case OPERATIONS_OFFICER -> Messages.Role_OPERATIONS_OFFICER;
            case PROGRAMME_OFFICER -> Messages.Role_PROGRAMME_OFFICER;
            case ADMINISTRATOR -> Messages.Role_ADMINISTRATOR;
        };
    }

    public static String permission(Permission permission) {
        return switch (permission) {
            case READ_CASE -> Messages.Permission_READ_CASE;
            case READ_SENSITIVE -> Messages.Permission_READ_SENSITIVE;
            case EDIT_CASE -> Messages.Permission_EDIT_CASE;
            case DECIDE_ELIGIBILITY -> Messages.Permission_DECIDE_ELIGIBILITY;
            case APPROVE -> Messages.Permission_APPROVE;
            case SHARE_WITH_EMBASSY -> Messages.Permission_SHARE_WITH_EMBASSY;
            case BOOK_TRAVEL -> Messages.Permission_BOOK_TRAVEL;
            case EXPORT -> Messages.Permission_EXPORT;
            case EXPORT_IDENTIFIED -> Messages.Permission_EXPORT_IDENTIFIED;
            case ADMINISTER_USERS -> Messages.Permission_ADMINISTER_USERS;
            case EDIT_DIRECTORIES -> Messages.Permission_EDIT_DIRECTORIES;
            case MERGE -> Messages.Permission_MERGE;
            case PURGE -> Messages.Permission_PURGE;
            case VERIFY_AUDIT -> Messages.Permission_VERIFY_AUDIT;
            case SUBJECT_ACCESS -> Messages.Permission_SUBJECT_ACCESS;
        };
    }

    /** "Your role (...) does not allow: ..." or "nobody is signed in". */
    public static String denied(PermissionDeniedException e) {
        return denied(e.role(), e.permission());
    }

    /** Why {@code role} may not do {@code permission}, as {@link #denied(PermissionDeniedException)} says it. */
    public static String denied(Role role, Permission permission) {
        return role == null ? Messages.DeniedNobody : NLS.bind(Messages.Denied, role(role), permission(permission));
    }
}
