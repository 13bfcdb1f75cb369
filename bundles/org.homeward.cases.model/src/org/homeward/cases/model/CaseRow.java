package org.homeward.cases.model;

import java.time.Instant;

/** One line of the case list, read by paged queries without loading whole cases. */
public record CaseRow(long id, String caseNumber, String familyName, String givenNames, String arabicName,
        Sex sex, DateOfBirth dateOfBirth, String nationality, CaseStatus status, Instant createdAt) {
}
