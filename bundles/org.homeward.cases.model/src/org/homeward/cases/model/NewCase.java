package org.homeward.cases.model;

/**
 * What the registration form captures for a new case's principal applicant. Values are as entered;
 * the case service validates them all and saves nothing when one is bad.
 *
 * @param familyName family name(s) in Latin script
 * @param givenNames given name(s) in Latin script
 * @param arabicName full name in Arabic script, optional
 * @param sex sex, required
 * @param dateOfBirth exact date or estimated year, required
 * @param nationality ISO 3166-1 alpha-2 code
 */
public record NewCase(String familyName, String givenNames, String arabicName, Sex sex, DateOfBirth dateOfBirth,
        String nationality) {

    /** Field identifiers, as named in {@link org.homeward.common.validation.FieldProblem#field()}. */
    public static final String FAMILY_NAME = "familyName";
    public static final String GIVEN_NAMES = "givenNames";
    public static final String ARABIC_NAME = "arabicName";
    public static final String SEX = "sex";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String NATIONALITY = "nationality";
}
