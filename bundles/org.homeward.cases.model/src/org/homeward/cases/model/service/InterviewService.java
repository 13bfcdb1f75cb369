package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;

import org.homeward.cases.model.Interview;
import org.homeward.cases.model.InterviewInput;
import org.homeward.common.validation.ValidationException;

/** The interviews of a case, recorded by the current user as interviewer. Call it off the UI thread. */
public interface InterviewService {

    /** Oldest first. */
    @Requires(Permission.READ_CASE)
    List<Interview> ofCase(long caseId);

    /** @throws ValidationException naming every bad field; nothing saved */
    @Requires(Permission.EDIT_CASE)
    Interview record(long caseId, InterviewInput input) throws ValidationException;
}
