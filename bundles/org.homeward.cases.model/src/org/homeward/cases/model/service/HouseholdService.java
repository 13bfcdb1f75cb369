package org.homeward.cases.model.service;

import java.util.List;

import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Relationship;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/** The persons of a case's household. Call it off the UI thread. */
public interface HouseholdService {

    /** Every problem with {@code draft}, without touching the database; empty when it can be added. */
    List<FieldProblem> validate(PersonDraft draft);

    /** The principal applicant first, then the members in the order they were added. */
    List<Person> members(long caseId);

    /**
     * Adds a member to the household of a case.
     *
     * @throws ValidationException naming every bad field; nothing saved
     * @throws RefusedException the case is closed, or a second principal applicant was asked for
     */
    Person addMember(long caseId, PersonDraft draft, Relationship relationship)
            throws ValidationException, RefusedException;
}
