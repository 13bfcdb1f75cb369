package org.homeward.cli.internal;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code homeward --headless COMMAND ...}: imports, reports and exports from the command line, on the same
 * bundles and database as the workbench, with no display. Results on standard output, progress and errors
 * on standard error; the exit code follows {@code sysexits.h} (0 done, 64 usage, 65 bad data, 66 no input,
 * * 69 database unavailable, 70 internal error, 73 cannot create the output, 75 database in use by a workbench, 77
 * sign-in or permission refused).
 */
public class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Map<?, ?> arguments = context.getArguments();
        String[] args = (String[]) arguments.get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Console console = Console.standard();
        try (Services services = new Services(FrameworkUtil.getBundle(getClass()).getBundleContext())) {
            return Commands.run(args == null ? new String[0] : args, services, console);
        } finally {
            console.flush();
        }
    }

    @Override
    public void stop() {
        // the commands end on their own; nothing runs in the background
    }
}
