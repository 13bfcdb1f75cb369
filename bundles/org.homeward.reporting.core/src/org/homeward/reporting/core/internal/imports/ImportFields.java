package org.homeward.reporting.core.internal.imports;

import org.homeward.reporting.core.internal.Messages;
import org.homeward.reporting.model.imports.ImportField;

/** The fields' names for the user. */
final class ImportFields {

    private ImportFields() {
    }

    static String label(ImportField field) {
        return switch (field) {
            case FAMILY_NAME -> Messages.ImportField_familyName;
            case GIVEN_NAMES -> Messages.ImportField_givenNames;
            case ARABIC_NAME -> Messages.ImportField_arabicName;
            case SEX -> Messages.ImportField_sex;
            case DATE_OF_BIRTH -> Messages.ImportField_dateOfBirth;
            case NATIONALITY -> Messages.ImportField_nationality;
            case INTERVIEW_DATE -> Messages.ImportField_interviewDate;
            case STATUS -> Messages.ImportField_status;
            case DEPARTURE_DATE -> Messages.ImportField_departureDate;
            case HOUSEHOLD -> Messages.ImportField_household;
            case RELATIONSHIP -> Messages.ImportField_relationship;
        };
    }
}
