package org.homeward.tests.ui.driver;

import java.io.Serial;

/** A wait ran out of time: the condition it names did not hold. */
public class TimeoutException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public TimeoutException(String message) {
        super(message);
    }
}
