package org.homeward.cases.model;

import java.time.LocalDate;

/** An interview with the principal applicant: the first (registration) or the second (reintegration planning). */
public interface Interview {

    /** Which interview. */
    enum Kind {
        /** registration */
        FIRST,
        /** reintegration planning */
        SECOND
    }

    Long getId();

    long getCaseId();

    Kind getKind();

    LocalDate getHeldOn();

    String getInterviewer();

    String getLanguage();

    String getInterpreter();

    String getPlace();

    String getReasonForReturn();

    String getDestination();

    String getFamilyContacts();

    String getHealthDeclaration();

    String getNotes();
}
