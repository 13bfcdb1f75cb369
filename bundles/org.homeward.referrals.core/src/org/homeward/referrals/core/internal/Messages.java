package org.homeward.referrals.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the referral services (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String Referral_holds;
    public static String Organisation_nameRequired;
    public static String Organisation_cityRequired;
    public static String Referral_personRequired;
    public static String Referral_personNotInCase;
    public static String Referral_organisationRequired;
    public static String Referral_dateRequired;
    public static String Referral_dateFuture;
    public static String Referral_reasonRequired;
    public static String Referral_followUpBefore;
    public static String Referral_tooLong;
    public static String Referral_moveNotAllowed;
    public static String Referral_purpose;
    public static String Note_required;
    public static String Referral_changed;
    public static String Field_reason;
    public static String Field_note;
    public static String Status_SENT;
    public static String Status_ACCEPTED;
    public static String Status_IN_PROGRESS;
    public static String Status_COMPLETED;
    public static String Status_DECLINED;

    public static String Organisation_changed;

    public static String Held_referrals;
    public static String Held_notes;
    public static String Held_referredOn;
    public static String Held_organisation;
    public static String Held_reason;
    public static String Held_status;
    public static String Held_writtenAt;
    public static String Held_writtenBy;
    public static String Held_note;

    static {
        NLS.initializeMessages("org.homeward.referrals.core.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
