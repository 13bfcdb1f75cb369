package org.homeward.traveldocs.model;

/** What an embassy asks for with a travel-document request. */
public enum RequiredDocument {
    PHOTOS, IDENTITY_DOCUMENT_COPIES, BIRTH_CERTIFICATE, FINGERPRINTS, CONSULAR_CARD, FORM
}
