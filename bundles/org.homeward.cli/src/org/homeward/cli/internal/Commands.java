package org.homeward.cli.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.osgi.util.NLS;
import org.homeward.reporting.model.imports.ImportException;

/** Runs one command and turns what went wrong into a message and an exit code. */
final class Commands {

    static final int OK = 0;
    static final int USAGE = 64;
    static final int DATA = 65;
    static final int NO_INPUT = 66;
    static final int UNAVAILABLE = 69;
    static final int SOFTWARE = 70;
    static final int CANNOT_CREATE = 73;
    static final int TEMPORARY_FAILURE = 75;
    static final int NO_PERMISSION = 77;

    private Commands() {
    }

    static int run(String[] args, Services services, Console console) {
        return run(args, services, console, System::getenv);
    }

    static int run(String[] args, Services services, Console console, java.util.function.UnaryOperator<String> env) {
        SignIn signIn = new SignIn(env);
        List<String> all = Arrays.asList(args);
        if (all.isEmpty() || all.contains("--help") || all.contains("-h")) {
            console.say(Messages.Usage_text);
            return all.isEmpty() ? USAGE : OK;
        }
        List<String> rest = all.subList(1, all.size());
        try {
            if ("server-password".equals(all.get(0))) { // before any sign-in: the accounts are on that server
                return new ServerPasswordCommand(services, console, env).run();
            }
            signIn.run(services, "setup".equals(all.get(0)));
            return switch (all.get(0)) {
                case "setup" -> OK;
                case "add-user" -> new AccountCommand(services, console, env).add(rest);
                case "users" -> new AccountCommand(services, console, env).list();
                case "import" -> new ImportCommand(services, console).run(rest);
                case "report" -> new ReportCommand(services, console).run(rest);
                case "donor-report" -> new ReportCommand(services, console).donor(rest);
                case "export" -> new ExportCommand(services, console).run(rest);
                case "reports" -> new ReportCommand(services, console).list();
                default -> throw new Arguments.UsageException(NLS.bind(Messages.Usage_unknownCommand, all.get(0)));
            };
        } catch (Arguments.UsageException e) {
            console.say("homeward: " + e.getMessage());
            console.say(Messages.Usage_text);
            return USAGE;
        } catch (NoInputException e) {
            console.say("homeward: " + e.getMessage());
            return NO_INPUT;
        } catch (ImportException e) {
            console.say("homeward: " + e.getMessage());
            return DATA;
        } catch (OutputException e) {
            console.say("homeward: " + e.getMessage());
            return CANNOT_CREATE;
        } catch (NoPermissionException e) {
            console.say("homeward: " + e.getMessage());
            return NO_PERMISSION;
        } catch (UnavailableException e) {
            console.say("homeward: " + e.getMessage());
            return e.inUse ? TEMPORARY_FAILURE : UNAVAILABLE;
        } catch (org.homeward.common.security.PermissionDeniedException e) {
            console.say("homeward: " + org.eclipse.osgi.util.NLS.bind(Messages.Denied, e.role(), e.permission()));
            return NO_PERMISSION;
        } catch (CancellationException e) {
            console.say("homeward: " + Messages.Cancelled);
            return SOFTWARE;
        } catch (IOException | RuntimeException e) {
            console.say("homeward: " + NLS.bind(Messages.Failed, e.getClass().getSimpleName(), e.getMessage()));
            return SOFTWARE;
        }
    }

    /** A file to read that is not there. */
    static final class NoInputException extends Exception {

        private static final long serialVersionUID = 1L;

        NoInputException(String message) {
            super(message);
        }
    }

    /** A file that cannot be written. */
    static final class OutputException extends Exception {

        private static final long serialVersionUID = 1L;

        OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The database cannot be opened: another workbench has it (sysexits' EX_TEMPFAIL: try again once it is
     * closed) or it fails to open (EX_UNAVAILABLE).
     */
    static final class UnavailableException extends Exception {

        private static final long serialVersionUID = 1L;

        final boolean inUse;

        UnavailableException(String message, boolean inUse) {
            super(message);
            this.inUse = inUse;
        }
    }

    /** The user may not do what the command asks (sysexits' EX_NOPERM). */
    static final class NoPermissionException extends Exception {

        private static final long serialVersionUID = 1L;

        NoPermissionException(String message) {
            super(message);
        }
    }
}
