package org.homeward.cases.model;

import java.time.Instant;

/**
 * The sharing log: who sent which case's (or person's) data to whom, when and why. Written in the
 * transaction of the sharing, after the consent scope was checked; never changed.
 */
public interface SharingRecord {

    long getCaseId();

    Long getPersonId();

    Recipient getRecipient();

    String getRecipientName();

    String getPurpose();

    /**
     * Which of the person's data went, comma-separated as the sharing named them (e.g.
     * "name, date of birth, flights, medical"); null for sharings logged before 2.2.
     *
     * @since 2.2
     */
    String getFields();

    Instant getSharedAt();

    String getSharedBy();
}
