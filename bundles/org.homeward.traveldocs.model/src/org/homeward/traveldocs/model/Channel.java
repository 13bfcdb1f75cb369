package org.homeward.traveldocs.model;

/** How a request or a piece of correspondence goes to (or comes from) an embassy. */
public enum Channel {
    LETTER, EMAIL, IN_PERSON, PHONE
}
