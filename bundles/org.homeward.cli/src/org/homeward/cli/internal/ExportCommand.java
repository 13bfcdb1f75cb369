package org.homeward.cli.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.CaseFilter;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import org.homeward.common.validation.RefusedException;
import org.homeward.reporting.model.CaseListExport;
import org.homeward.reporting.model.ReportExport;

/**
 * {@code export --from --to --out FILE [--format csv|xlsx] [--not-anonymised]}: the cases registered in the
 * period, anonymised unless told otherwise.
 */
final class ExportCommand {

    private final Services services;
    private final Console console;

    ExportCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    int run(List<String> args) throws Arguments.UsageException, Commands.NoInputException, Commands.OutputException,
            org.homeward.reporting.model.imports.ImportException, java.io.IOException, Commands.NoPermissionException {
        Arguments a = new Arguments(args, Set.of("from", "to", "out", "format", "nationality"),
                Set.of("anonymised", "not-anonymised"));
        if (a.flag("anonymised") && a.flag("not-anonymised")) {
            throw new Arguments.UsageException(Messages.Usage_anonymisedBoth);
        }
        var period = ReportCommand.filter(a);
        String out = a.required("out");
        ReportExport.Format format = ReportCommand.format(a, out, ReportExport.Format.class, ReportExport.Format.CSV);
        boolean anonymised = !a.flag("not-anonymised");
        if (!anonymised && !services.get(CurrentUser.class).can(Permission.EXPORT_IDENTIFIED)) {
            throw new Commands.NoPermissionException(Messages.Export_identifiedRefused);
        }
        CaseFilter filter = new CaseFilter("", null, null, period.nationality(), null, period.from(), period.to());
        int[] written = {0};
        Output.write(out, console, stream -> {
            try {
                written[0] = services.get(CaseListExport.class).write(filter, format, anonymised, stream);
            } catch (RefusedException e) { // checked above; the service checks again
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        console.result("cases=" + written[0]);
        if (anonymised) {
            console.say(NLS.bind(Messages.Export_writtenAnonymised, written[0], out));
        } else {
            console.say(NLS.bind(Messages.Export_written, written[0], out));
        }
        return Commands.OK;
    }
}
