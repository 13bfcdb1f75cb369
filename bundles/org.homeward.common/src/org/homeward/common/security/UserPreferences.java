package org.homeward.common.security;

/**
 * Where the user's name and role are kept until real authentication arrives: the instance
 * preferences of node {@link #NODE}. The launch properties {@code homeward.user} and
 * {@code homeward.role} override them.
 */
public final class UserPreferences {

    /** Preference node (instance scope). */
    public static final String NODE = "org.homeward.common";

    /** The user's name, as recorded in the audit trail. */
    public static final String USER = "user.name";

    /** A {@link Role} name. */
    public static final String ROLE = "user.role";

    private UserPreferences() {
    }
}
