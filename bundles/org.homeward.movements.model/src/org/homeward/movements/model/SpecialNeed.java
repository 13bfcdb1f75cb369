package org.homeward.movements.model;

/** What the airline and the receiving mission must know about a passenger. */
public enum SpecialNeed {
    WHEELCHAIR, MEDICAL_ESCORT, UNACCOMPANIED_MINOR,
    /** Pregnant: airlines ask for a medical certificate past the 28th week. */
    PREGNANCY
}
