package org.homeward.common.security;

/**
 * The signed-in user's role does not hold the permission a service method needs (or nobody is signed in);
 * nothing was read or changed. Unchecked, since every service method may throw it; screens show it as a
 * refusal, headless commands exit with 77.
 *
 * @since 2.0
 */
public class PermissionDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Role role;
    private final Permission permission;

    public PermissionDeniedException(Role role, Permission permission) {
        super((role == null ? "nobody signed in" : role.name()) + " may not " + permission.name());
        this.role = role;
        this.permission = permission;
    }

    /** The signed-in user's role; null when nobody is signed in. */
    public Role role() {
        return role;
    }

    public Permission permission() {
        return permission;
    }
}
