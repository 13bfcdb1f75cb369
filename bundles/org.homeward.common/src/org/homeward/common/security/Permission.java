package org.homeward.common.security;

/**
 * What a user may do with the personal data Homeward holds; granted to roles in one place,
 * {@link Permissions}.
 *
 * @since 1.1
 */
public enum Permission {
    /** Read a case: its persons, status, documents list. */
    READ_CASE,
    /** Read the sensitive notes: medical conditions, mental health, gender-based violence, trafficking, pregnancy. */
    READ_SENSITIVE,
    /** Register and change cases, persons, interviews, consent, attachments. */
    EDIT_CASE,
    /** Decide eligibility. */
    DECIDE_ELIGIBILITY,
    /** Approve or reject a return. */
    APPROVE,
    /** Send data to an embassy (travel-document requests and letters). */
    SHARE_WITH_EMBASSY,
    /** Book and ticket flights, plan departures. */
    BOOK_TRAVEL,
    /** Export reports and anonymised case lists. */
    EXPORT,
    /** Export case lists with names. */
    EXPORT_IDENTIFIED,
    /** Create users, give roles, reset passwords. */
    ADMINISTER_USERS,
    /** Edit the directories (embassies, organisations, airports) and the procedures. */
    EDIT_DIRECTORIES,
    /** Merge two cases. */
    MERGE,
    /** Anonymise cases under the retention schedule. */
    PURGE,
    /** Verify the audit trail's hash chain. */
    VERIFY_AUDIT,
    /** Make a person's subject access report. */
    SUBJECT_ACCESS
}
