package org.homeward.common.security;

/** What a user may do in the office: each account has one role (see {@link Permissions}). */
public enum Role {
    /** Interviews, registers and follows up cases. */
    OPERATIONS_ASSISTANT,
    /** Supervises operations: bookings, departures. */
    OPERATIONS_OFFICER,
    /** Decides eligibility and approves returns. */
    PROGRAMME_OFFICER,
    /** Manages the installation: merges, settings. */
    ADMINISTRATOR
}
