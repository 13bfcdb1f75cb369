package org.homeward.cases.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the case services (French by default; English and Arabic beside). */
public final class Messages extends NLS {

    public static String Field_familyName;
    public static String Field_givenNames;
    public static String Field_arabicName;
    public static String Field_sex;
    public static String Field_dateOfBirth;
    public static String Field_nationality;
    public static String Problem_required;
    public static String Problem_tooLong;
    public static String Problem_notLatin;
    public static String Problem_notArabic;
    public static String Problem_future;
    public static String Problem_tooOld;
    public static String Problem_unknownCountry;

    static {
        NLS.initializeMessages("org.homeward.cases.core.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
