package org.homeward.traveldocs.model;

/** The document an embassy issues for the return. */
public enum TravelDocumentType {
    LAISSEZ_PASSER, PASSPORT
}
