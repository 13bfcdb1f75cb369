package org.homeward.cases.model;

/** What a document of the case file is: a scan attached by a user, or a document Homeward generated. */
public enum AttachmentKind {
    PASSPORT_SCAN, IDENTITY_DOCUMENT_SCAN, CONSENT_FORM, MEDICAL_CERTIFICATE, PHOTO, TRAVEL_DOCUMENT, OTHER,
    /** @since 2.1 a document Homeward generated (a letter...): see {@link Attachment#getTitle()} */
    GENERATED
}
