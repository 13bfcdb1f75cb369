package org.homeward.cases.model;

/** How urgently a case is handled: high as soon as a person of the household has a vulnerability. */
public enum Priority {
    NORMAL, HIGH
}
