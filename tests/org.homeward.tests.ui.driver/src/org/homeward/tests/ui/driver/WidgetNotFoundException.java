package org.homeward.tests.ui.driver;

import java.io.Serial;

/** No widget matched: the message says what was looked for. */
public class WidgetNotFoundException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public WidgetNotFoundException(String message) {
        super(message);
    }
}
