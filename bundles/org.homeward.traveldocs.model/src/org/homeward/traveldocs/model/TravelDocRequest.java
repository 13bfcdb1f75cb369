package org.homeward.traveldocs.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for travel documents to one embassy, for one or more persons (of one or several cases
 * of that nationality when the procedure allows grouping): see {@link RequestMember}.
 */
public interface TravelDocRequest {

    Long getId();

    long getVersion();

    long getEmbassyId();

    String getCountry();

    RequestStatus getStatus();

    String getStatusReason();

    Channel getChannel();

    String getOurReference();

    String getTheirReference();

    LocalDate getSentOn();

    String getDocumentsSent();

    LocalDate getFollowUpOn();

    Instant getCreatedAt();

    String getCreatedBy();
}
