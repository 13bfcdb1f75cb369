package org.homeward.traveldocs.model;

import java.time.Instant;
import java.time.LocalDate;

/** A letter, e-mail, call or visit exchanged with an embassy, about a request or in general. */
public interface Correspondence {

    /** Which way it went. */
    enum Direction {
        OUTGOING, INCOMING
    }

    Long getId();

    long getEmbassyId();

    Long getRequestId();

    Direction getDirection();

    Channel getChannel();

    LocalDate getOn();

    String getSummary();

    Long getAttachmentId();

    Instant getRecordedAt();

    String getRecordedBy();
}
