package org.homeward.cases.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * The informed consent of a case: when it was given, in which language it was explained, by whom,
 * and to which recipients data may go. One per case; withdrawing it keeps the record.
 */
public interface Consent {

    Long getId();

    long getVersion();

    long getCaseId();

    LocalDate getGivenOn();

    String getLanguage();

    String getExplainedBy();

    LocalDate getWithdrawnOn();

    /** The recipients consented to. */
    Set<Recipient> getScopes();

    /**
     * The sensitive details the mission of origin may read, when it may read the case's data at all.
     *
     * @since 2.2
     */
    Set<ConsentDetail> getSharedDetails();

    /** Whether data may go to {@code recipient} now: consented to, and not withdrawn. */
    boolean allows(Recipient recipient);
}
