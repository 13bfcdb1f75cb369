package org.homeward.cases.model;

import java.time.LocalDate;

/** A person of a case's household, the principal applicant included. */
public interface Person {

    Long getId();

    long getVersion();

    /**
     * The version of this person's vulnerability screening, which a screening names (as read) so that two
     * screenings made at once cannot drop each other's flags.
     *
     * @since 2.6
     */
    long getScreeningVersion();

    long getCaseId();

    Relationship getRelationship();

    String getFamilyName();

    String getGivenNames();

    String getArabicName();

    String getAliases();

    Sex getSex();

    DateOfBirth getDateOfBirth();

    String getNationality();

    PersonDetails getDetails();

    int getNameKeysVersion();

    /** Whether the person is a minor on {@code day} (for an estimated year, by the year alone). */
    boolean isMinorOn(LocalDate day);
}
