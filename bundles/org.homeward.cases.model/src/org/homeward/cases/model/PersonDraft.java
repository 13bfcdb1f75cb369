package org.homeward.cases.model;

/**
 * A person as entered in a form, before saving: what duplicate detection compares, and what adding
 * a household member records.
 *
 * @param familyName family name(s) in Latin script
 * @param givenNames given name(s) in Latin script
 * @param arabicName name in Arabic script, optional
 * @param aliases other spellings or names used, separated by commas, optional
 * @param sex sex
 * @param dateOfBirth exact date or estimated year
 * @param nationality ISO 3166-1 alpha-2 code
 */
public record PersonDraft(String familyName, String givenNames, String arabicName, String aliases, Sex sex,
        DateOfBirth dateOfBirth, String nationality) {

    /** The principal applicant of a new case, as a person. */
    public static PersonDraft of(NewCase c) {
        return new PersonDraft(c.familyName(), c.givenNames(), c.arabicName(), null, c.sex(), c.dateOfBirth(),
                c.nationality());
    }
}
