package org.homeward.cli.internal;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A new password for a command: from an environment variable in scripts, else typed twice at the terminal
 * without echo.
 */
final class TypedPassword {

    private TypedPassword() {
    }

    /**
     * @param variable the environment variable that gives it to scripts
     * @param none said when there is neither the variable nor a terminal
     * @param mismatch said when the two typings differ
     */
    static char[] read(UnaryOperator<String> environment, String variable, String prompt, String none,
            String mismatch) throws Commands.NoPermissionException {
        String given = environment.apply(variable);
        if (given != null) {
            return given.toCharArray();
        }
        java.io.Console terminal = System.console();
        if (terminal == null) {
            throw new Commands.NoPermissionException(none);
        }
        char[] first = terminal.readPassword(prompt);
        char[] again = terminal.readPassword(Messages.Account_promptAgain);
        if (first == null || !Arrays.equals(first, again)) {
            throw new Commands.NoPermissionException(mismatch);
        }
        return first;
    }
}
