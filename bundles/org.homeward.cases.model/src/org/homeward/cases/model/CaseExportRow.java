package org.homeward.cases.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * A case as a list export takes it: the principal's identity, where the case stands, its household's
 * size and the vulnerabilities screened (their types only, never the notes).
 *
 * @param birthDate null when only the year is known
 * @param departedOn null when the case has not departed
 */
public record CaseExportRow(String caseNumber, String familyName, String givenNames, Sex sex, int birthYear,
        LocalDate birthDate, String nationality, CaseStatus status, LocalDate registeredOn, LocalDate departedOn,
        int householdSize, Set<VulnerabilityType> vulnerabilities) {

    public CaseExportRow {
        vulnerabilities = Set.copyOf(vulnerabilities);
    }
}
