package org.homeward.cases.model;

import java.time.LocalDate;

/**
 * An interview as entered; the service checks it and saves nothing when a field is bad.
 *
 * @param kind first (registration) or second (reintegration planning)
 * @param heldOn the day of the interview
 * @param language ISO 639 code of the language the interview was held in
 * @param interpreter the interpreter's name, if any
 * @param place where it was held
 * @param reasonForReturn why the migrant wishes to return (required at the first interview)
 * @param destination region or city of return in the country of origin (required at the second)
 * @param familyContacts family contacts there
 * @param healthDeclaration what the migrant declares of their health
 * @param notes free notes
 */
public record InterviewInput(Interview.Kind kind, LocalDate heldOn, String language, String interpreter,
        String place, String reasonForReturn, String destination, String familyContacts, String healthDeclaration,
        String notes) {
}
