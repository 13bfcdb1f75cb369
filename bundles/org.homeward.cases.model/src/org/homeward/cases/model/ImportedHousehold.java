package org.homeward.cases.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A household read from an office's legacy spreadsheet, checked and ready to be registered as one case.
 *
 * @param key what identifies the household across imports (a digest of its legacy identifier and its
 *        principal's identity): importing the same household again creates nothing
 * @param persons the principal applicant first, then the members
 * @param registeredOn the day of the interview, or null when the file does not tell (then: the import's day)
 * @param status where the case stood in the legacy file: {@link CaseStatus#REGISTERED} when it does not tell
 * @param statusOn the day the case reached {@code status} (for example the departure), or null
 * @since 2.4
 */
public record ImportedHousehold(String key, List<Member> persons, LocalDate registeredOn, CaseStatus status,
        LocalDate statusOn) {

    public ImportedHousehold {
        Objects.requireNonNull(key, "key");
        persons = List.copyOf(persons);
        if (persons.isEmpty() || persons.get(0).relationship() != Relationship.PRINCIPAL) {
            throw new IllegalArgumentException("a household starts with its principal applicant");
        }
        status = status == null ? CaseStatus.REGISTERED : status;
    }

    /** The principal applicant. */
    public PersonDraft principal() {
        return persons.get(0).person();
    }

    /** A person of the household and how they are related to the principal applicant. */
    public record Member(PersonDraft person, Relationship relationship) {
    }
}
