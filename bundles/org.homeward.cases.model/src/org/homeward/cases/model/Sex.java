package org.homeward.cases.model;

/** Sex as recorded at registration. */
public enum Sex {
    FEMALE, MALE, OTHER
}
