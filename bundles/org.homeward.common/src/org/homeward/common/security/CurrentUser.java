package org.homeward.common.security;

/**
 * Who is working: recorded in the audit trail and checked by role-bound actions. An OSGi service;
 * the one with the highest {@code service.ranking} is used.
 */
public interface CurrentUser {

    /** The user's name as recorded in the audit trail, at most 64 characters. */
    String name();

    Role role();

    /**
     * Whether the user may do {@code permission}, by the matrix of {@link Permissions}.
     *
     * @since 1.1
     */
    default boolean can(Permission permission) {
        return Permissions.granted(role(), permission);
    }

    /**
     * Refuses unless the user may do {@code permission}: the first line of a service method that reads or
     * changes data (see {@link Requires}).
     *
     * @throws PermissionDeniedException when the role does not hold it, or nobody is signed in
     * @since 2.0
     */
    default void require(Permission permission) {
        if (!can(permission)) {
            throw new PermissionDeniedException(role(), permission);
        }
    }
}
