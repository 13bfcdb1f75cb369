package org.homeward.cases.model;

/**
 * A person already registered who may be the one being entered.
 *
 * @param personId the person
 * @param caseId the case the person belongs to
 * @param caseNumber that case's number
 * @param familyName as registered
 * @param givenNames as registered
 * @param arabicName as registered, or null
 * @param dateOfBirth as registered
 * @param nationality as registered
 * @param score 0 to 100: how alike the two are
 */
public record DuplicateCandidate(long personId, long caseId, String caseNumber, String familyName, String givenNames,
        String arabicName, DateOfBirth dateOfBirth, String nationality, int score) {
}
