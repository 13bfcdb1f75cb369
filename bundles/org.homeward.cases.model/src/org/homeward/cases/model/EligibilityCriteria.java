package org.homeward.cases.model;

/**
 * The eligibility checklist.
 *
 * @param voluntary the return is voluntary
 * @param irregularSituation the migrant's administrative situation in the host country is irregular
 * @param notPreviouslyAssisted the migrant was not assisted to return before
 * @param informedConsent the migrant gave informed consent
 */
public record EligibilityCriteria(boolean voluntary, boolean irregularSituation, boolean notPreviouslyAssisted,
        boolean informedConsent) {

    public boolean allMet() {
        return voluntary && irregularSituation && notPreviouslyAssisted && informedConsent;
    }
}
