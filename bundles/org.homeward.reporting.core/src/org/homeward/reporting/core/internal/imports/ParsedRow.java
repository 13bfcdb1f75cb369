package org.homeward.reporting.core.internal.imports;

import java.time.LocalDate;
import java.util.List;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.reporting.model.imports.RowNote;

/**
 * One data row, read with the mapping: the person and what it tells about the household, or the problems
 * that reject it.
 *
 * @param relationship as written, or null when the file does not tell
 */
record ParsedRow(int row, String household, PersonDraft person, Relationship relationship, LocalDate interview,
        CaseStatus status, LocalDate departure, List<RowNote> problems) {

    boolean rejected() {
        return !problems.isEmpty();
    }
}
