package org.homeward.cases.model.service;

/** Event Admin topics that the case service posts after a commit. */
public final class CaseEvents {

    /** A case was registered; property {@link #CASE_ID} holds its id, {@link #CASE_NUMBER} its number. */
    public static final String TOPIC_REGISTERED = "org/homeward/cases/REGISTERED";

    /**
     * A case changed status; {@link #CASE_ID}, {@link #CASE_NUMBER}, and {@link #FROM} and {@link #TO}
     * (status names).
     */
    public static final String TOPIC_STATUS_CHANGED = "org/homeward/cases/STATUS_CHANGED";

    public static final String FROM = "from";

    public static final String TO = "to";

    /** Cases were added in bulk (demonstration data, imports); property {@link #COUNT}. */
    public static final String TOPIC_IMPORTED = "org/homeward/cases/IMPORTED";

    public static final String COUNT = "count";

    /** Every case topic. */
    /** A case's record changed (its next action, for example); carries {@link #CASE_ID}. */
    public static final String TOPIC_CHANGED = "org/homeward/cases/CHANGED";

    public static final String TOPIC_ALL = "org/homeward/cases/*";

    public static final String CASE_ID = "caseId";

    public static final String CASE_NUMBER = "caseNumber";

    private CaseEvents() {
    }
}
