package org.homeward.persistence;

/**
 * Where opening the database stands, offered as an OSGi service from the moment the persistence
 * bundle starts and replaced at each change, so that screens can tell the user why data is not
 * there yet, or why it will not come.
 *
 * @param phase locked (waiting for a password), opening, ready, failed, or in use by another workbench
 * @param location the database, for messages (a JDBC URL without credentials or attributes)
 * @param problem why it failed, for the user; empty otherwise
 */
public record DatabaseState(Phase phase, String location, String problem) {

    public enum Phase {
        /** Waiting for a user to unlock it (see {@link Vault}). @since 1.4 */
        LOCKED, OPENING, READY, FAILED,
        /**
         * Another workbench or command on this computer has the embedded database of this data folder; the
         * problem says so and names the folder. @since 1.5
         */
        IN_USE
    }
}
