package org.homeward.reporting.model.imports;

import java.util.List;

import org.homeward.cases.model.ImportedHousehold;

/**
 * The dry run of an import: what it would save, and what it would leave out and why. Nothing is saved
 * until the plan is run.
 *
 * @param fileName the file's name
 * @param rows the data rows read (headers excluded)
 * @param households the households to create, each as one case
 * @param personsToCreate the persons of those households
 * @param notes the rows left out, by row number
 */
public record ImportPlan(String fileName, int rows, List<ImportedHousehold> households, int personsToCreate,
        List<RowNote> notes) {

    public ImportPlan {
        households = List.copyOf(households);
        notes = List.copyOf(notes);
    }

    /** How many rows the notes give {@code kind}. */
    public long count(RowNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).map(RowNote::row).distinct().count();
    }
}
