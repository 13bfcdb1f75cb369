package org.homeward.referrals.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the referral screens (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String FollowUp_shellTitle;
    public static String FollowUp_note;
    public static String FollowUp_message;
    public static String FollowUp_when;
    public static String FollowUp_by;
    public static String FollowUp_dateHint;
    public static String FollowUp_outcome;
    public static String FollowUp_unchanged;
    public static String FollowUp_save;
    public static String Page_followUp;
    public static String Page_chooseFirst;
    public static String Page_title;
    public static String Organisation_shellTitle;
    public static String Organisation_title;
    public static String Organisation_message;
    public static String Organisation_name;
    public static String Organisation_city;
    public static String Organisation_services;
    public static String Organisation_contacts;
    public static String Organisation_save;
    public static String Organisation_job;
    public static String Page_newOrganisation;

    public static String Page_refer;
    public static String Page_count;
    public static String Column_person;
    public static String Column_organisation;
    public static String Column_referredOn;
    public static String Column_status;
    public static String Column_nextFollowUp;
    public static String Column_reason;
    public static String Column_case;
    public static String Column_due;
    public static String Column_late;
    public static String Refer_shellTitle;
    public static String Refer_title;
    public static String Refer_message;
    public static String Refer_person;
    public static String Refer_organisation;
    public static String Refer_date;
    public static String Refer_reason;
    public static String Refer_next;
    public static String Refer_dateHint;
    public static String Refer_badDate;
    public static String Refer_required;
    public static String Refer_problems;
    public static String Refer_save;
    public static String Refer_cancel;
    public static String Refer_job;
    public static String Refer_noOrganisation;
    public static String FollowUps_refresh;
    public static String FollowUps_job;
    public static String FollowUps_count;
    public static String FollowUps_days;
    public static String Status_SENT;
    public static String Status_ACCEPTED;
    public static String Status_IN_PROGRESS;
    public static String Status_COMPLETED;
    public static String Status_DECLINED;

    public static String FollowUps_introBoth;
    public static String Column_kind;
    public static String Column_what;
    public static String Kind_referral;
    public static String Kind_case;

    public static String Organisation_editShellTitle;
    public static String Organisation_choose;
    public static String Organisation_active;
    public static String Organisation_update;
    public static String Organisation_chooseFirst;
    public static String Page_editOrganisation;
    public static String Organisation_inactive;

    static {
        NLS.initializeMessages("org.homeward.referrals.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
