package org.homeward.cases.model.service;

/**
 * What an area does with its own rows when something happens to a whole case. Each area (and any
 * plugin with tables of its own) registers one as an OSGi service; the case services call every
 * participant inside the transaction of the case event, so the event and every area's part of it
 * commit together or not at all. A participant joins that transaction by asking for one on the same
 * {@code EntityManagerFactory} (see {@code org.homeward.persistence.Transactions}); it touches only
 * its own tables. Throwing refuses the whole event.
 */
public interface CaseLifecycleParticipant {

    /**
     * Two cases were found to be one: the persons of {@code mergedCaseId} now belong to
     * {@code keptCaseId} (their ids unchanged) and {@code mergedCaseId} is being closed. Move this
     * area's rows of the merged case to the kept one.
     */
    void merged(long keptCaseId, long mergedCaseId);

    /**
     * A person is about to be removed from their household (added by mistake). Say what of this
     * area's records name them, in the workbench's language ("Orientation vers X du 02/12/2026"): the
     * removal is refused while any remains, so that nothing is removed behind the user's back.
     *
     * @since 2.1
     */
    default java.util.List<String> holding(long personId) {
        return java.util.List.of();
    }

    /**
     * The case's identified data is being anonymised under the office's retention schedule: clear, in
     * this area's own rows of the case, every name, number, contact and free text that could identify its
     * persons, keeping what reports count (dates, statuses, countries, amounts).
     *
     * @since 2.5
     */
    default void anonymised(long caseId) {
        // an area holding no identified data of cases has nothing to clear
    }

    /**
     * What this area holds on {@code personId}, for the person's subject access report: one or more
     * tables in the workbench's language, every value it keeps on them (an empty list when none).
     *
     * @since 2.5
     */
    default java.util.List<org.homeward.cases.model.HeldData> heldOn(long personId) {
        return java.util.List.of();
    }
}
