package org.homeward.reporting.ui.internal.imports;

import org.homeward.reporting.model.imports.ImportField;
import org.homeward.reporting.model.imports.RowNote;
import org.homeward.reporting.ui.internal.Messages;

/** The import's fields and row notes, named for the user. */
final class ImportFieldLabels {

    private ImportFieldLabels() {
    }

    static String label(ImportField field) {
        if (field == null) {
            return Messages.Import_ignored;
        }
        String name = switch (field) {
            case FAMILY_NAME -> Messages.Import_familyName;
            case GIVEN_NAMES -> Messages.Import_givenNames;
            case ARABIC_NAME -> Messages.Import_arabicName;
            case SEX -> Messages.Import_sex;
            case DATE_OF_BIRTH -> Messages.Import_dateOfBirth;
            case NATIONALITY -> Messages.Import_nationality;
            case INTERVIEW_DATE -> Messages.Import_interviewDate;
            case STATUS -> Messages.Import_status;
            case DEPARTURE_DATE -> Messages.Import_departureDate;
            case HOUSEHOLD -> Messages.Import_household;
            case RELATIONSHIP -> Messages.Import_relationship;
        };
        return field.required() ? name + " *" : name;
    }

    static String kind(RowNote.Kind kind) {
        return switch (kind) {
            case REJECTED -> Messages.Import_rejected;
            case MATCHES_EXISTING -> Messages.Import_matchesExisting;
            case MATCHES_ROW -> Messages.Import_matchesRow;
            case ALREADY_IMPORTED -> Messages.Import_alreadyImported;
        };
    }
}
