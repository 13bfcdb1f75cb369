package org.homeward.cases.model;

/**
 * Sensitive details of a person's situation that the organisation's mission in the country of
 * origin may read (to receive and assist them), each consented to on its own.
 */
public enum ConsentDetail {
    /** Protection needs: unaccompanied child, trafficking, violence, disability, old age. */
    VULNERABILITIES,
    /** Health: medical condition, pregnancy, mental health. */
    MEDICAL
}
