package org.homeward.common.security;

/** What a user may do in the office. Authentication arrives later; for now the role is configured. */
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
