package org.homeward.persistence;

/**
 * Where opening the database stands, offered as an OSGi service from the moment the persistence
 * bundle starts and replaced at each change, so that screens can tell the user why data is not
 * there yet, or why it will not come.
 *
 * @param phase opening, ready, or failed
 * @param location the database, for messages (a JDBC URL without credentials or attributes)
 * @param problem why it failed, for the user; empty otherwise
 */
public record DatabaseState(Phase phase, String location, String problem) {

    public enum Phase {
        OPENING, READY, FAILED
    }
}
