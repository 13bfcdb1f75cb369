package org.homeward.reporting.model.imports;

/**
 * What the dry run found about one row of the file.
 *
 * @param row the row's number as the spreadsheet shows it (the headers are row 1)
 * @param column the column's header, or null when the note is about the whole row
 * @param kind what happens to the row
 * @param message for the user: why the row is rejected, or what it matches
 */
public record RowNote(int row, String column, Kind kind, String message) {

    /** What happens to a row. */
    public enum Kind {
        /** Not imported: a value is missing or unreadable, or another row of its household is rejected. */
        REJECTED,
        /** Not imported: the person is already registered (found by duplicate detection). */
        MATCHES_EXISTING,
        /** Not imported: an earlier row of the file holds the same person. */
        MATCHES_ROW,
        /** Not imported: an earlier import saved this household. */
        ALREADY_IMPORTED
    }
}
