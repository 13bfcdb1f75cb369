package org.homeward.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.service.CaseImportService;
import org.homeward.reporting.model.imports.ColumnMapping;
import org.homeward.reporting.model.imports.ImportException;
import org.homeward.reporting.model.imports.ImportField;
import org.homeward.reporting.model.imports.ImportPlan;
import org.homeward.reporting.model.imports.ImportSheet;
import org.homeward.reporting.model.imports.LegacyImport;
import org.homeward.reporting.model.imports.RowNote;

/**
 * {@code import FILE [--dry-run] [--map "HEADER=FIELD"]...}: prints the mapping used and the dry run's
 * counts as {@code key=value} lines, then one tab-separated line per row left out (row, what, column,
 * why); without {@code --dry-run}, saves the households and prints what it created.
 */
final class ImportCommand {

    private static final int EVERY = 1000;

    private final Services services;
    private final Console console;

    ImportCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    int run(List<String> args) throws Arguments.UsageException, Commands.NoInputException, Commands.OutputException,
            org.homeward.reporting.model.imports.ImportException, java.io.IOException {
        Arguments a = new Arguments(args, Set.of("map"), Set.of("dry-run"));
        if (a.words().size() != 1) {
            throw new Arguments.UsageException(Messages.Usage_oneFile);
        }
        Path file = Path.of(a.words().get(0));
        if (!Files.isRegularFile(file)) {
            throw new Commands.NoInputException(NLS.bind(Messages.Input_missing, file));
        }
        LegacyImport legacy = services.get(LegacyImport.class);
        ImportSheet sheet = legacy.open(file);
        ColumnMapping mapping = mapped(sheet, a.all("map"));
        console.say(NLS.bind(Messages.Import_reading, sheet.fileName(), sheet.format()));
        for (int i = 0; i < sheet.headers().size(); i++) {
            ImportField f = i < mapping.columns().size() ? mapping.columns().get(i) : null;
            console.result("column." + (i + 1) + "=" + sheet.headers().get(i) + " -> " + (f == null ? "-" : f.name()));
        }
        ImportPlan plan = legacy.plan(file, mapping, n -> progress(n, () -> NLS.bind(Messages.Import_checked, n)),
                () -> false);
        console.result("rows=" + plan.rows());
        console.result("households_to_create=" + plan.households().size());
        console.result("persons_to_create=" + plan.personsToCreate());
        for (RowNote.Kind kind : RowNote.Kind.values()) {
            console.result(kind.name().toLowerCase(Locale.ROOT) + "=" + plan.count(kind));
        }
        for (RowNote n : plan.notes()) {
            console.result(n.row() + "\t" + n.kind() + "\t" + (n.column() == null ? "" : n.column()) + "\t"
                    + n.message());
        }
        if (a.flag("dry-run")) {
            console.say(Messages.Import_dryRun);
            return Commands.OK;
        }
        CaseImportService.Outcome done = legacy.run(plan, n -> progress(n, () -> NLS.bind(Messages.Import_saved, n)),
                () -> false);
        console.result("created_cases=" + done.cases());
        console.result("created_persons=" + done.persons());
        console.result("skipped_already_imported=" + done.skipped());
        console.say(NLS.bind(Messages.Import_done, done.cases(), done.persons()));
        return Commands.OK;
    }

    private void progress(int n, java.util.function.Supplier<String> message) {
        if (n > 0 && n % EVERY == 0) {
            console.say(message.get());
        }
    }

    /** The guessed mapping with each {@code HEADER=FIELD} (or {@code #N=FIELD}, or {@code HEADER=-}) applied. */
    private static ColumnMapping mapped(ImportSheet sheet, List<String> maps) throws ImportException,
            Arguments.UsageException {
        ColumnMapping mapping = sheet.guessed();
        for (String m : maps) {
            int eq = m.lastIndexOf('=');
            if (eq <= 0) {
                throw new Arguments.UsageException(NLS.bind(Messages.Usage_badMap, m));
            }
            String column = m.substring(0, eq).strip();
            String field = m.substring(eq + 1).strip();
            int index = column.startsWith("#") ? parse(column.substring(1)) - 1 : sheet.headers().indexOf(column);
            if (index < 0 || index >= sheet.headers().size()) {
                throw new Arguments.UsageException(NLS.bind(Messages.Usage_badColumn, column,
                        String.join(" | ", sheet.headers())));
            }
            try {
                mapping = mapping.with(index, "-".equals(field)
                        ? null
                        : ImportField.valueOf(field.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new Arguments.UsageException(NLS.bind(Messages.Usage_badField, field,
                        java.util.Arrays.toString(ImportField.values())));
            }
        }
        return mapping;
    }

    private static int parse(String n) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
