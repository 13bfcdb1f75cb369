package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.homeward.common.validation.RefusedException;

/**
 * The office's retention schedule: the identified data of a case closed more than
 * {@link #years()} years ago is anonymised (names, dates of birth, contacts, documents, scans, free
 * texts, the values its audit lines copy), in every area through its {@link CaseLifecycleParticipant};
 * what reports count stays (nationality, sex, year of birth, statuses and their dates). For administrators:
 * a preview first, then the anonymisation of the cases they confirm, each audited.
 *
 * @since 2.5
 */
public interface RetentionService {

    /** A case due for anonymisation, as the preview lists it: no name. */
    record DueCase(long caseId, String caseNumber, LocalDate closedOn, int persons) {
    }

    /** Years after closure (the office profile's; 5 when it says nothing). */
    @Requires(Permission.READ_CASE)
    int years();

    /**
     * The cases closed before {@code today} minus {@link #years()} and not yet anonymised, oldest closure
     * first.
     *
     * @throws RefusedException the user is not an administrator
     */
    @Requires(Permission.PURGE)
    List<DueCase> due(LocalDate today) throws RefusedException;

    /**
     * Anonymises those of {@code caseIds} that are due on {@code today} (others are left alone), one
     * transaction per case so that a case is anonymised whole or not at all; long, so it reports the cases
     * done and stops between two cases when cancelled.
     *
     * @return how many cases were anonymised
     * @throws RefusedException the user is not an administrator
     */
    @Requires(Permission.PURGE)
    int anonymise(Collection<Long> caseIds, LocalDate today, IntConsumer progress, BooleanSupplier cancelled)
            throws RefusedException;
}
