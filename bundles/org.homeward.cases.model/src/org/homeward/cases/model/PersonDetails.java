package org.homeward.cases.model;

import java.time.LocalDate;

/**
 * What is recorded of a person besides identity: all optional, except that "no identity document"
 * is an explicit answer rather than an empty list.
 *
 * @param placeOfBirth town or region of birth
 * @param languages languages spoken, separated by commas (ISO 639 codes or names)
 * @param phone a number the office can call
 * @param cityOfResidence city of residence in the host country
 * @param entryDate date of entry into the host country
 * @param entryRoute route of entry (for example "Algeria, Oujda")
 * @param noDocuments the person holds no identity document
 */
public record PersonDetails(String placeOfBirth, String languages, String phone, String cityOfResidence,
        LocalDate entryDate, String entryRoute, boolean noDocuments) {

    public static final String PLACE_OF_BIRTH = "placeOfBirth";
    public static final String LANGUAGES = "languages";
    public static final String PHONE = "phone";
    public static final String CITY_OF_RESIDENCE = "cityOfResidence";
    public static final String ENTRY_DATE = "entryDate";
    public static final String ENTRY_ROUTE = "entryRoute";
    public static final String NO_DOCUMENTS = "noDocuments";

    public PersonDetails {
        placeOfBirth = blankToNull(placeOfBirth);
        languages = blankToNull(languages);
        phone = blankToNull(phone);
        cityOfResidence = blankToNull(cityOfResidence);
        entryRoute = blankToNull(entryRoute);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
