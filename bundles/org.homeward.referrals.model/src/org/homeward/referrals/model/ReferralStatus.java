package org.homeward.referrals.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral to a partner organisation stands. */
public enum ReferralStatus {

    SENT, ACCEPTED, IN_PROGRESS, COMPLETED, DECLINED;

    /** The statuses that may follow this one. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, DECLINED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED);
            case COMPLETED, DECLINED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** Whether follow-up is still expected. */
    public boolean isOpen() {
        return this != COMPLETED && this != DECLINED;
    }
}
