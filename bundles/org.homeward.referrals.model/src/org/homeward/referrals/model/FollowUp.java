package org.homeward.referrals.model;

import java.time.LocalDate;

/**
 * A referral whose follow-up is due, as listed for the user.
 *
 * @param referralId the referral
 * @param caseId its case
 * @param caseNumber the case's number
 * @param personName the person referred
 * @param organisation the organisation's name
 * @param status where the referral stands
 * @param due when the follow-up is due
 * @param overdue whether that day has passed
 */
public record FollowUp(long referralId, long caseId, String caseNumber, String personName, String organisation,
        ReferralStatus status, LocalDate due, boolean overdue) {
}
