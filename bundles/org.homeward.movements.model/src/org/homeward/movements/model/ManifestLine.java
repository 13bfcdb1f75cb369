package org.homeward.movements.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * One passenger of a departure's manifest, as the airline, the escorts and the receiving mission
 * read it.
 *
 * @param dateOfBirth as known ("1990" for an estimated year)
 * @param documentNumber of the travel document they travel on; null when none is known
 */
public record ManifestLine(DeparturePassenger passenger, String caseNumber, String familyName, String givenNames,
        String dateOfBirth, String sex, String nationality, String documentNumber, LocalDate documentExpiresOn,
        String pnr, String ticketNumber, Set<SpecialNeed> needs) {

    public ManifestLine {
        needs = Set.copyOf(needs);
    }

    public String name() {
        return givenNames + " " + familyName;
    }
}
