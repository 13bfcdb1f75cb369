package org.homeward.cases.model;

/**
 * The order of the case list, by one of its columns (then newest first among equals).
 *
 * @param column what the cases are sorted by
 * @param ascending A to Z, oldest first; otherwise the reverse
 * @since 2.1
 */
public record CaseOrder(Column column, boolean ascending) {

    /** The columns the list can be sorted by, in the list's order. */
    public enum Column {
        CASE_NUMBER, FAMILY_NAME, GIVEN_NAMES, ARABIC_NAME, SEX, DATE_OF_BIRTH, NATIONALITY, STATUS, REGISTERED
    }
}
