package org.homeward.common.security;

import java.time.Instant;

/**
 * A Homeward user account, as administrators see it.
 *
 * @param userName what the user types to sign in, in lower case; recorded in the audit trail
 * @param fullName the person's name
 * @param role what the account may do (see {@link Permissions})
 * @param active false once an administrator has closed it: it no longer signs in
 * @param passwordChangedOn when the password was last set
 * @param version the version the account was read at, for administrators' changes
 * @since 1.2
 */
public record Account(String userName, String fullName, Role role, boolean active, Instant passwordChangedOn,
        long version) {
}
