package org.homeward.traveldocs.model;

import java.time.LocalDate;

/** A person in a travel-document request, and the document issued for them once it is. */
public interface RequestMember {

    Long getId();

    long getVersion();

    long getRequestId();

    long getCaseId();

    long getPersonId();

    TravelDocumentType getDocumentType();

    String getDocumentNumber();

    LocalDate getIssuedOn();

    LocalDate getExpiresOn();

    Long getScanAttachmentId();
}
