package org.homeward.traveldocs.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What can be wrong with a person's travel document against the case's planned departure.
 *
 * @param problem what is wrong
 * @param expiresOn the document's expiry, null when there is no document
 * @param departure the planned departure, null when none is planned
 */
public record DocumentCheck(Problem problem, LocalDate expiresOn, LocalDate departure) {

    /** The kinds of warning. */
    public enum Problem {
        /** A departure is planned and the person has no valid travel document. */
        NO_VALID_DOCUMENT,
        /** The document expires before the planned departure (plus the margin). */
        EXPIRES_BEFORE_DEPARTURE,
        /** No departure is planned yet and the document expires within the margin. */
        EXPIRES_SOON
    }

    /**
     * Checks one person's document.
     *
     * @param expiresOn expiry of the issued document, null when none was issued
     * @param departure planned departure of the case, null when none
     * @param marginDays days the document must still be valid after the departure (or from today)
     */
    public static Optional<DocumentCheck> of(LocalDate expiresOn, LocalDate departure, int marginDays,
            LocalDate today) {
        if (expiresOn == null || expiresOn.isBefore(today)) {
            return departure == null
                    ? Optional.empty()
                    : Optional.of(new DocumentCheck(Problem.NO_VALID_DOCUMENT, expiresOn, departure));
        }
        if (departure != null) {
            return expiresOn.isBefore(departure.plusDays(marginDays))
                    ? Optional.of(new DocumentCheck(Problem.EXPIRES_BEFORE_DEPARTURE, expiresOn, departure))
                    : Optional.empty();
        }
        return expiresOn.isBefore(today.plusDays(marginDays + 1L))
                ? Optional.of(new DocumentCheck(Problem.EXPIRES_SOON, expiresOn, null))
                : Optional.empty();
    }
}
