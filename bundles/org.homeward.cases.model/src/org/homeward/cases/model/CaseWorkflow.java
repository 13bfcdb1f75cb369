package org.homeward.cases.model;

import static org.homeward.cases.model.CaseStatus.APPROVED;
import static org.homeward.cases.model.CaseStatus.CLOSED;
import static org.homeward.cases.model.CaseStatus.DEPARTED;
import static org.homeward.cases.model.CaseStatus.DEPARTURE_SCHEDULED;
import static org.homeward.cases.model.CaseStatus.ELIGIBILITY_ASSESSED;
import static org.homeward.cases.model.CaseStatus.NO_SHOW;
import static org.homeward.cases.model.CaseStatus.REGISTERED;
import static org.homeward.cases.model.CaseStatus.REINTEGRATION_FOLLOW_UP;
import static org.homeward.cases.model.CaseStatus.REJECTED;
import static org.homeward.cases.model.CaseStatus.SUSPENDED;
import static org.homeward.cases.model.CaseStatus.TRAVEL_DOCS_OBTAINED;
import static org.homeward.cases.model.CaseStatus.TRAVEL_DOCS_REQUESTED;
import static org.homeward.cases.model.CaseStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The graph of the case workflow: which status may follow which. Conditions on the case's data
 * (consent, eligibility, documents) are checked by the workflow service on top of this graph.
 * A suspended case resumes to the status it was suspended from, which only its history knows.
 */
public final class CaseWorkflow {

    /** Statuses a case can be suspended from and resume to. */
    public static final Set<CaseStatus> SUSPENDABLE = EnumSet.of(REGISTERED, ELIGIBILITY_ASSESSED, APPROVED,
            TRAVEL_DOCS_REQUESTED, TRAVEL_DOCS_OBTAINED, DEPARTURE_SCHEDULED);

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(REGISTERED, EnumSet.of(ELIGIBILITY_ASSESSED, WITHDRAWN, SUSPENDED));
        NEXT.put(ELIGIBILITY_ASSESSED, EnumSet.of(APPROVED, REJECTED, WITHDRAWN, SUSPENDED));
        NEXT.put(APPROVED, EnumSet.of(TRAVEL_DOCS_REQUESTED, DEPARTURE_SCHEDULED, WITHDRAWN, SUSPENDED));
        NEXT.put(TRAVEL_DOCS_REQUESTED, EnumSet.of(TRAVEL_DOCS_OBTAINED, WITHDRAWN, SUSPENDED));
        NEXT.put(TRAVEL_DOCS_OBTAINED, EnumSet.of(DEPARTURE_SCHEDULED, TRAVEL_DOCS_REQUESTED, WITHDRAWN, SUSPENDED));
        NEXT.put(DEPARTURE_SCHEDULED, EnumSet.of(DEPARTED, NO_SHOW, TRAVEL_DOCS_OBTAINED, WITHDRAWN, SUSPENDED));
        NEXT.put(DEPARTED, EnumSet.of(REINTEGRATION_FOLLOW_UP, CLOSED));
        NEXT.put(REINTEGRATION_FOLLOW_UP, EnumSet.of(CLOSED));
        NEXT.put(NO_SHOW, EnumSet.of(DEPARTURE_SCHEDULED, WITHDRAWN, CLOSED));
        NEXT.put(WITHDRAWN, EnumSet.of(CLOSED));
        NEXT.put(REJECTED, EnumSet.of(CLOSED));
        NEXT.put(SUSPENDED, EnumSet.of(WITHDRAWN, CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(CaseStatus.class));
    }

    private CaseWorkflow() {
    }

    /**
     * The statuses that may follow {@code from}.
     *
     * @param suspendedFrom for a suspended case, the status it was suspended from (it may resume
     *            there); ignored otherwise
     */
    public static Set<CaseStatus> next(CaseStatus from, CaseStatus suspendedFrom) {
        Set<CaseStatus> result = EnumSet.copyOf(NEXT.get(from));
        if (from == SUSPENDED && suspendedFrom != null && SUSPENDABLE.contains(suspendedFrom)) {
            result.add(suspendedFrom);
        }
        return result;
    }
}
