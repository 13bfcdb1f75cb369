package org.homeward.reporting.core.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.reporting.core.internal.Messages;
import org.homeward.reporting.model.imports.ColumnMapping;
import org.homeward.reporting.model.imports.ImportField;
import org.homeward.reporting.model.imports.RowNote;

/** Reads one data row with the mapping; each unreadable value is a problem naming the row and the column. */
final class RowParser {

    private final ColumnMapping mapping;
    private final List<String> headers;
    private final LocalDate today;

    RowParser(ColumnMapping mapping, List<String> headers, LocalDate today) {
        this.mapping = mapping;
        this.headers = headers;
        this.today = today;
    }

    /** Whether the row has nothing in the mapped columns. */
    boolean blank(List<String> cells) {
        for (int i = 0; i < mapping.columns().size(); i++) {
            if (mapping.columns().get(i) != null && i < cells.size() && !cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    ParsedRow parse(int row, List<String> cells) {
        List<RowNote> problems = new ArrayList<>();
        String family = name(row, cells, ImportField.FAMILY_NAME, problems);
        String given = name(row, cells, ImportField.GIVEN_NAMES, problems);
        String arabic = name(row, cells, ImportField.ARABIC_NAME, problems);
        Sex sex = value(row, cells, ImportField.SEX, Words::sex, v -> NLS.bind(Messages.Import_badSex, v), problems);
        DateOfBirth dob = value(row, cells, ImportField.DATE_OF_BIRTH, t -> Dates.dateOfBirth(t, today),
                v -> NLS.bind(Messages.Import_badDate, v), problems);
        String nationality = value(row, cells, ImportField.NATIONALITY, Countries::code,
                v -> NLS.bind(Messages.Import_badNationality, v), problems);
        Relationship relationship = value(row, cells, ImportField.RELATIONSHIP, Words::relationship,
                v -> NLS.bind(Messages.Import_badRelationship, v), problems);
        LocalDate interview = value(row, cells, ImportField.INTERVIEW_DATE, t -> Dates.date(t, today),
                v -> NLS.bind(Messages.Import_badDate, v), problems);
        CaseStatus status = value(row, cells, ImportField.STATUS, Words::status,
                v -> NLS.bind(Messages.Import_badStatus, v), problems);
        LocalDate departure = value(row, cells, ImportField.DEPARTURE_DATE, t -> Dates.date(t, today),
                v -> NLS.bind(Messages.Import_badDate, v), problems);
        String household = text(cells, ImportField.HOUSEHOLD);
        for (ImportField required : ImportField.values()) {
            if (required.required() && text(cells, required).isEmpty()) {
                problems.add(note(row, required, Messages.Import_required));
            }
        }
        PersonDraft person = new PersonDraft(family, given, arabic, null, sex, dob, nationality);
        return new ParsedRow(row, household, person, relationship, interview, status, departure,
                List.copyOf(problems));
    }

    /** The header of the column holding {@code field}. */
    String header(ImportField field) {
        return mapping.columnOf(field).map(i -> i < headers.size() ? headers.get(i) : "#" + (i + 1)).orElse("");
    }

    private String text(List<String> cells, ImportField field) {
        Optional<Integer> column = mapping.columnOf(field);
        if (column.isEmpty() || column.get() >= cells.size()) {
            return "";
        }
        String value = cells.get(column.get());
        return value == null ? "" : value.strip();
    }

    private String name(int row, List<String> cells, ImportField field, List<RowNote> problems) {
        String value = text(cells, field);
        if (value.isEmpty()) {
            return null;
        }
        if ("=+-@".indexOf(value.charAt(0)) >= 0) {
            problems.add(note(row, field, NLS.bind(Messages.Import_formula, clip(value))));
            return null;
        }
        return value;
    }

    private <T> T value(int row, List<String> cells, ImportField field, Function<String, Optional<T>> reader,
            Function<String, String> problem, List<RowNote> problems) {
        String value = text(cells, field);
        if (value.isEmpty()) {
            return null;
        }
        Optional<T> read = reader.apply(value);
        if (read.isEmpty()) {
            problems.add(note(row, field, problem.apply(clip(value))));
            return null;
        }
        return read.get();
    }

    RowNote note(int row, ImportField field, String message) {
        return new RowNote(row, header(field), RowNote.Kind.REJECTED, message);
    }

    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
