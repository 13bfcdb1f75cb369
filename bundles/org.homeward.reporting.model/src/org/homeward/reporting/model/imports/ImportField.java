package org.homeward.reporting.model.imports;

/** What a column of a legacy spreadsheet holds, as the import maps it. */
public enum ImportField {

    FAMILY_NAME(true), GIVEN_NAMES(true), ARABIC_NAME(false), SEX(true), DATE_OF_BIRTH(true), NATIONALITY(
            true), INTERVIEW_DATE(false), STATUS(false), DEPARTURE_DATE(false), HOUSEHOLD(false), RELATIONSHIP(false);

    private final boolean required;

    ImportField(boolean required) {
        this.required = required;
    }

    /** Whether every import needs a column for it. */
    public boolean required() {
        return required;
    }
}
