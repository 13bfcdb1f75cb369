package org.homeward.cases.model;

/** What a scanned document attached to a case is. */
public enum AttachmentKind {
    PASSPORT_SCAN, IDENTITY_DOCUMENT_SCAN, CONSENT_FORM, MEDICAL_CERTIFICATE, PHOTO, TRAVEL_DOCUMENT, OTHER
}
