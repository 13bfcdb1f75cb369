package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.io.IOException;
import java.io.OutputStream;

import org.homeward.common.validation.RefusedException;

/**
 * Subject access: for one person, a PDF of everything Homeward holds on them, each area's part given by
 * its {@link CaseLifecycleParticipant#heldOn(long)} (identity, household, details, documents, consents,
 * vulnerabilities, interviews, attachments, status history, the sharing log and the audit of who saw or
 * changed the file, then referrals, travel documents, flights...). Making one is itself audited.
 *
 * @since 2.5
 */
public interface SubjectAccessService {

    /**
     * Writes the person's report to {@code out}.
     *
     * @throws RefusedException the user is neither an administrator nor a programme officer, or there is
     *         no such person
     */
    @Requires(Permission.SUBJECT_ACCESS)
    void write(long personId, OutputStream out) throws RefusedException, IOException;
}
