package org.homeward.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.homeward.reporting.model.DonorReport;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportExport;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportService;

/**
 * {@code reports}: the reports installed (id, tab, title). {@code report ID --from --to [--out FILE]}: one
 * report as CSV or XLSX, anonymised unless {@code --not-anonymised}. {@code donor-report --from --to
 * --out FILE.pdf|FILE.xlsx [--donor D] [--project P]}: the donor report.
 */
final class ReportCommand {

    private static final Set<String> FILTER = Set.of("from", "to", "nationality", "donor", "project", "out",
            "format");

    private final Services services;
    private final Console console;

    ReportCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    int list() {
        for (ReportDefinition r : services.get(ReportService.class).reports()) {
            console.result(r.id() + "\t" + r.title());
        }
        return Commands.OK;
    }

    int run(List<String> args) throws Arguments.UsageException, Commands.NoInputException, Commands.OutputException,
            org.homeward.reporting.model.imports.ImportException, java.io.IOException {
        Arguments a = new Arguments(args, FILTER, Set.of("not-anonymised", "anonymised"));
        if (a.words().size() != 1) {
            throw new Arguments.UsageException(Messages.Usage_oneReport);
        }
        String id = a.words().get(0);
        ReportDefinition report = services.get(ReportService.class).report(id).orElseThrow(
                () -> new Arguments.UsageException(NLS.bind(Messages.Usage_unknownReport, id)));
        ReportFilter filter = filter(a);
        String out = a.option("out") == null ? "-" : a.option("out");
        ReportExport.Format format = format(a, out, ReportExport.Format.class, ReportExport.Format.CSV);
        boolean anonymised = !a.flag("not-anonymised");
        ReportResult result = report.run(filter, () -> false);
        int[] rows = {0};
        Output.write(out, console, stream -> rows[0] = services.get(ReportExport.class).write(id, result, filter,
                format, anonymised, stream));
        console.say(NLS.bind(Messages.Report_written, new Object[]{result.title(), rows[0], out}));
        return Commands.OK;
    }

    int donor(List<String> args) throws Arguments.UsageException, Commands.NoInputException, Commands.OutputException,
            org.homeward.reporting.model.imports.ImportException, java.io.IOException {
        Arguments a = new Arguments(args, FILTER, Set.of());
        ReportFilter filter = filter(a);
        String out = a.required("out");
        DonorReport.Format format = format(a, out, DonorReport.Format.class, DonorReport.Format.PDF);
        int[] sections = {0};
        Output.write(out, console, stream -> sections[0] = services.get(DonorReport.class).write(filter, format,
                stream, () -> false));
        console.say(NLS.bind(Messages.Donor_written, sections[0], out));
        return Commands.OK;
    }

    static ReportFilter filter(Arguments a) throws Arguments.UsageException {
        var from = a.date("from");
        var to = a.date("to");
        if (to.isBefore(from)) {
            throw new Arguments.UsageException(NLS.bind(Messages.Usage_period, from, to));
        }
        String nationality = a.option("nationality");
        return new ReportFilter(from, to, nationality == null ? null : nationality.toUpperCase(Locale.ROOT), null,
                null, null, a.option("donor"), a.option("project"));
    }

    /** {@code --format}, else the file's extension, else {@code fallback}. */
    static <E extends Enum<E>> E format(Arguments a, String out, Class<E> type, E fallback)
            throws Arguments.UsageException {
        String named = a.option("format");
        if (named == null) {
            int dot = out.lastIndexOf('.');
            named = dot < 0 ? null : out.substring(dot + 1);
        }
        if (named == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, named.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(NLS.bind(Messages.Usage_badFormat, named,
                    java.util.Arrays.toString(type.getEnumConstants())));
        }
    }
}
