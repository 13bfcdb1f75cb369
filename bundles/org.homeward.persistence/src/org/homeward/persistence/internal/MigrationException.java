package org.homeward.persistence.internal;

import java.io.Serial;

/** The schema could not be brought up to date; the database is left as it was before the failing script. */
public class MigrationException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
