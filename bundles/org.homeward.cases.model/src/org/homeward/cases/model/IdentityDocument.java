package org.homeward.cases.model;

import java.time.LocalDate;

/** An identity document a person holds. */
public interface IdentityDocument {

    String KIND = "documentKind";

    String NUMBER = "documentNumber";

    String ISSUING_COUNTRY = "issuingCountry";

    String EXPIRES_ON = "expiresOn";

    Long getId();

    long getVersion();

    long getPersonId();

    DocumentKind getKind();

    String getNumber();

    String getIssuingCountry();

    LocalDate getExpiresOn();

    /** Whether the document is still valid on {@code day} (documents without expiry date always are). */
    boolean isValidOn(LocalDate day);
}
