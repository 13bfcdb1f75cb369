package org.homeward.cases.model;

/** Kinds of identity documents a person may hold. */
public enum DocumentKind {
    PASSPORT, NATIONAL_ID_CARD, CONSULAR_CARD, BIRTH_CERTIFICATE, RESIDENCE_PERMIT, LAISSEZ_PASSER, OTHER
}
