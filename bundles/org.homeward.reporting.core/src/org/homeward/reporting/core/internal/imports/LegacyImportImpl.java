package org.homeward.reporting.core.internal.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.model.ImportedHousehold;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.service.CaseImportService;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.validation.FieldProblem;
import org.homeward.reporting.core.internal.Messages;
import org.homeward.reporting.model.imports.ColumnMapping;
import org.homeward.reporting.model.imports.ImportException;
import org.homeward.reporting.model.imports.ImportField;
import org.homeward.reporting.model.imports.ImportPlan;
import org.homeward.reporting.model.imports.ImportSheet;
import org.homeward.reporting.model.imports.LegacyImport;
import org.homeward.reporting.model.imports.RowNote;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The legacy import: reading through {@link Tables}, values through {@link RowParser}, checks through the
 * case area's validation and duplicate detection, households through {@link Households}, saving through
 * the case area's {@link CaseImportService}. A person whose best duplicate candidate scores
 * {@link #SAME_PERSON} or more (same names and year of birth, or another spelling with the same exact
 * date) is taken as already registered.
 */
@Component(service = LegacyImport.class)
public class LegacyImportImpl implements LegacyImport {

    static final int SAME_PERSON = 85;
    static final int MAX_ROWS = 100_000;
    private static final int SAMPLE = 10;
    private static final Map<String, ImportField> FIELDS = Map.of(NewCase.FAMILY_NAME, ImportField.FAMILY_NAME,
            NewCase.GIVEN_NAMES, ImportField.GIVEN_NAMES, NewCase.ARABIC_NAME, ImportField.ARABIC_NAME, NewCase.SEX,
            ImportField.SEX, NewCase.DATE_OF_BIRTH, ImportField.DATE_OF_BIRTH, NewCase.NATIONALITY,
            ImportField.NATIONALITY);

    private final CaseImportService cases;
    private final DuplicateService duplicates;
    private final HouseholdService households;
    private final Clock clock;

    @Activate
    public LegacyImportImpl(@Reference(name = "cases") CaseImportService cases,
            @Reference(name = "duplicates") DuplicateService duplicates,
            @Reference(name = "households") HouseholdService households) {
        this(cases, duplicates, households, Clock.systemDefaultZone());
    }

    LegacyImportImpl(CaseImportService cases, DuplicateService duplicates, HouseholdService households, Clock clock) {
        this.cases = cases;
        this.duplicates = duplicates;
        this.households = households;
        this.clock = clock;
    }

    @Override
    public ImportSheet open(Path file) throws ImportException {
        Table table = Tables.open(file);
        List<Tables.NumberedRow> rows = Tables.rows(file, table, MAX_ROWS);
        List<String> headers = rows.get(0).cells();
        List<List<String>> sample = rows.subList(1, Math.min(rows.size(), SAMPLE + 1)).stream()
                .map(Tables.NumberedRow::cells).toList();
        return new ImportSheet(file.getFileName().toString(), table.format(), headers, sample,
                HeaderGuess.guess(headers));
    }

    @Override
    public ImportPlan plan(Path file, ColumnMapping mapping, IntConsumer progress, BooleanSupplier cancelled)
            throws ImportException {
        Table table = Tables.open(file);
        List<Tables.NumberedRow> rows = Tables.rows(file, table, MAX_ROWS);
        List<String> headers = rows.get(0).cells();
        if (!mapping.missing().isEmpty()) {
            throw new ImportException(NLS.bind(Messages.Import_missingColumns, new Object[]{mapping.missing().stream()
                    .map(ImportFields::label).collect(Collectors.joining(", ")), String.join(" | ", headers),
                    file.getFileName()}));
        }
        LocalDate today = LocalDate.now(clock);
        RowParser parser = new RowParser(mapping, headers, today);
        List<ParsedRow> parsed = new ArrayList<>();
        for (Tables.NumberedRow row : rows.subList(1, rows.size())) {
            if (!parser.blank(row.cells())) {
                parsed.add(validated(parser, parser.parse(row.number(), row.cells())));
            }
        }
        return decide(file.getFileName().toString(), parsed, today, progress, cancelled);
    }

    /** The row with the case area's own checks added (script of names, dates in the future...). */
    private ParsedRow validated(RowParser parser, ParsedRow row) {
        if (row.rejected()) {
            return row;
        }
        List<RowNote> problems = new ArrayList<>();
        for (FieldProblem p : households.validate(row.person())) {
            ImportField field = FIELDS.get(p.field());
            problems.add(field == null
                    ? new RowNote(row.row(), null, RowNote.Kind.REJECTED, p.message())
                    : parser.note(row.row(), field, p.message()));
        }
        return problems.isEmpty()
                ? row
                : new ParsedRow(row.row(), row.household(), row.person(), row.relationship(),
                        row.interview(), row.status(), row.departure(), problems);
    }

    private ImportPlan decide(String fileName, List<ParsedRow> parsed, LocalDate today, IntConsumer progress,
            BooleanSupplier cancelled) {
        List<RowNote> notes = new ArrayList<>();
        List<Households.Group> groups = new ArrayList<>();
        for (Households.Group g : Households.group(parsed)) {
            List<RowNote> problems = Households.problems(g);
            if (problems.isEmpty()) {
                groups.add(g);
            } else {
                notes.addAll(problems);
            }
        }
        Map<Households.Group, ImportedHousehold> planned = new java.util.LinkedHashMap<>();
        groups.forEach(g -> planned.put(g, Households.household(g, today)));
        Set<String> imported = cases.alreadyImported(planned.values().stream().map(ImportedHousehold::key).toList());
        Map<String, Integer> seen = new HashMap<>();
        List<ImportedHousehold> toCreate = new ArrayList<>();
        int persons = 0;
        int done = 0;
        for (Map.Entry<Households.Group, ImportedHousehold> e : planned.entrySet()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Households.Group g = e.getKey();
            String why = imported.contains(e.getValue().key()) ? null : sameAsRow(g, seen);
            RowNote.Kind kind = imported.contains(e.getValue().key())
                    ? RowNote.Kind.ALREADY_IMPORTED
                    : why != null ? RowNote.Kind.MATCHES_ROW : null;
            if (kind == null) {
                why = registered(g);
                kind = why != null ? RowNote.Kind.MATCHES_EXISTING : null;
            }
            if (kind == null) {
                toCreate.add(e.getValue());
                persons += g.rows().size();
            } else {
                String message = kind == RowNote.Kind.ALREADY_IMPORTED ? Messages.Import_alreadyImported : why;
                for (ParsedRow r : g.rows()) {
                    notes.add(new RowNote(r.row(), null, kind, message));
                }
            }
            done += g.rows().size();
            progress.accept(done);
        }
        notes.sort(java.util.Comparator.comparingInt(RowNote::row));
        return new ImportPlan(fileName, parsed.size(), toCreate, persons, notes);
    }

    /** Why the household repeats a person of an earlier row, or null; remembers its persons. */
    private static String sameAsRow(Households.Group g, Map<String, Integer> seen) {
        String why = null;
        for (ParsedRow r : g.rows()) {
            Integer earlier = seen.get(Households.identity(r.person()));
            if (earlier != null && why == null) {
                why = NLS.bind(Messages.Import_sameAsRow, earlier);
            }
        }
        if (why == null) {
            for (ParsedRow r : g.rows()) {
                seen.putIfAbsent(Households.identity(r.person()), r.row());
            }
        }
        return why;
    }

    /** Why a person of the household is taken as already registered, or null. */
    private String registered(Households.Group g) {
        for (ParsedRow r : g.rows()) {
            List<DuplicateCandidate> found = duplicates.candidates(r.person(), 1);
            if (!found.isEmpty() && found.get(0).score() >= SAME_PERSON) {
                DuplicateCandidate c = found.get(0);
                return NLS.bind(Messages.Import_matchesCase, new Object[]{r.row(), c.familyName() + " "
                        + c.givenNames(), c.caseNumber()});
            }
        }
        return null;
    }

    @Override
    public CaseImportService.Outcome run(ImportPlan plan, IntConsumer progress, BooleanSupplier cancelled) {
        return cases.importHouseholds(plan.households(), plan.fileName(), progress, cancelled);
    }
}
