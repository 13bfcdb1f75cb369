package org.homeward.traveldocs.model;

import java.time.LocalDate;

/**
 * A case's planned departure, as read: the day (null when none is planned) and the version to
 * pass back when changing it.
 */
public record Departure(long caseId, long version, LocalDate on) {
}
