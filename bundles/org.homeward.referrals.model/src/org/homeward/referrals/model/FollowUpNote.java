package org.homeward.referrals.model;

import java.time.Instant;

/** A note on the follow-up of a referral (a call, a visit, news from the organisation). */
public interface FollowUpNote {

    Long getId();

    long getReferralId();

    Instant getWrittenAt();

    String getWrittenBy();

    String getNote();
}
