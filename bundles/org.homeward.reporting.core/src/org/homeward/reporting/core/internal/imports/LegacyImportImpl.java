package org.homeward.reporting.core.internal.imports;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
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
    /** Rows compared with the registered persons per call of the duplicate detection. */
    private static final int COMPARED = 1000;
    private static final int SAMPLE = 10;
    private static final Map<String, ImportField> FIELDS = Map.of(NewCase.FAMILY_NAME, ImportField.FAMILY_NAME,
            NewCase.GIVEN_NAMES, ImportField.GIVEN_NAMES, NewCase.ARABIC_NAME, ImportField.ARABIC_NAME, NewCase.SEX,
            ImportField.SEX, NewCase.DATE_OF_BIRTH, ImportField.DATE_OF_BIRTH, NewCase.NATIONALITY,
            ImportField.NATIONALITY);

    private final CaseImportService cases;
    private final DuplicateService duplicates;
    private final HouseholdService households;
    private final Clock clock;
    private final CurrentUser user;

    @Activate
    public LegacyImportImpl(@Reference(name = "cases") CaseImportService cases,
            @Reference(name = "duplicates") DuplicateService duplicates,
            @Reference(name = "households") HouseholdService households,
            @Reference(name = "currentUser") CurrentUser user) {
        this(cases, duplicates, households, user, Clock.systemDefaultZone());
    }

    LegacyImportImpl(CaseImportService cases, DuplicateService duplicates, HouseholdService households,
            CurrentUser user, Clock clock) {
        this.cases = cases;
        this.user = user;
        this.duplicates = duplicates;
        this.households = households;
        this.clock = clock;
    }

    @Override
    public ImportSheet open(Path file) throws ImportException {
        user.require(Permission.EDIT_CASE);
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
        user.require(Permission.EDIT_CASE);
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
        Map<Households.Group, ImportedHousehold> planned = new java.util.LinkedHashMap<>();
        for (Households.Group g : Households.group(parsed)) {
            List<RowNote> problems = Households.problems(g);
            if (problems.isEmpty()) {
                planned.put(g, Households.household(g, today));
            } else {
                notes.addAll(problems);
            }
        }
        Set<String> imported = cases.alreadyImported(planned.values().stream().map(ImportedHousehold::key).toList());
        Map<String, Integer> seen = new HashMap<>();
        List<Households.Group> fresh = new ArrayList<>();
        for (Map.Entry<Households.Group, ImportedHousehold> e : planned.entrySet()) {
            Households.Group g = e.getKey();
            if (imported.contains(e.getValue().key())) {
                leftOut(notes, g, RowNote.Kind.ALREADY_IMPORTED, Messages.Import_alreadyImported);
            } else {
                String why = sameAsRow(g, seen);
                if (why != null) {
                    leftOut(notes, g, RowNote.Kind.MATCHES_ROW, why);
                } else {
                    fresh.add(g);
                }
            }
        }
        Map<Households.Group, String> registered = registered(fresh, progress, cancelled);
        List<ImportedHousehold> toCreate = new ArrayList<>();
        int persons = 0;
        for (Households.Group g : fresh) {
            String why = registered.get(g);
            if (why != null) {
                leftOut(notes, g, RowNote.Kind.MATCHES_EXISTING, why);
            } else {
                toCreate.add(planned.get(g));
                persons += g.rows().size();
            }
        }
        notes.sort(java.util.Comparator.comparingInt(RowNote::row));
        return new ImportPlan(fileName, parsed.size(), toCreate, persons, notes);
    }

    private static void leftOut(List<RowNote> notes, Households.Group g, RowNote.Kind kind, String why) {
        for (ParsedRow r : g.rows()) {
            notes.add(new RowNote(r.row(), null, kind, why));
        }
    }

    /**
     * The households one of whose persons is already registered (duplicate detection, in batches), with why;
     * progress told in rows compared.
     */
    private Map<Households.Group, String> registered(List<Households.Group> groups, IntConsumer progress,
            BooleanSupplier cancelled) {
        // by nationality and year of birth, as duplicate detection reads the registered persons
        List<ParsedRow> rows = groups.stream().flatMap(g -> g.rows().stream())
                .sorted(java.util.Comparator.comparing((ParsedRow r) -> r.person().nationality())
                        .thenComparingInt(r -> r.person().dateOfBirth().year()))
                .toList();
        Map<ParsedRow, Households.Group> groupOf = new HashMap<>();
        groups.forEach(g -> g.rows().forEach(r -> groupOf.put(r, g)));
        Map<Households.Group, String> found = new HashMap<>();
        for (int from = 0; from < rows.size(); from += COMPARED) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            List<ParsedRow> slice = rows.subList(from, Math.min(rows.size(), from + COMPARED));
            List<DuplicateCandidate> same = duplicates.sameAs(slice.stream().map(ParsedRow::person).toList(),
                    SAME_PERSON);
            for (int i = 0; i < slice.size(); i++) {
                DuplicateCandidate c = same.get(i);
                if (c != null) {
                    found.putIfAbsent(groupOf.get(slice.get(i)), NLS.bind(Messages.Import_matchesCase,
                            new Object[]{slice.get(i).row(), c.familyName() + " " + c.givenNames(), c.caseNumber()}));
                }
            }
            progress.accept(from + slice.size());
        }
        return found;
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

    @Override
    public CaseImportService.Outcome run(ImportPlan plan, IntConsumer progress, BooleanSupplier cancelled) {
        user.require(Permission.EDIT_CASE);
        return cases.importHouseholds(plan.households(), plan.fileName(), progress, cancelled);
    }
}
