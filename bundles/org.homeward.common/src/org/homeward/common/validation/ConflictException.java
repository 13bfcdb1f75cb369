package org.homeward.common.validation;

import java.io.Serial;

/**
 * Someone else changed the record since it was read (another editor, another workbench on the same
 * database); nothing was saved, so that no change is silently overwritten.
 */
public class ConflictException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
