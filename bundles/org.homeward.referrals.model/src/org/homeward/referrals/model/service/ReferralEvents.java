package org.homeward.referrals.model.service;

/** Event Admin topics that the referral service posts after a commit. */
public final class ReferralEvents {

    /** A referral was made, changed status, or got a note; property {@link #CASE_ID}. */
    public static final String TOPIC_CHANGED = "org/homeward/referrals/CHANGED";

    public static final String CASE_ID = "caseId";

    private ReferralEvents() {
    }
}
