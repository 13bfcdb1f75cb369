package org.homeward.reporting.core.internal;

import java.util.Locale;

import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.Sex;

/** How the reports name statuses, sexes and nationalities, in the workbench's language. */
final class Labels {

    private Labels() {
    }

    static String status(String name) {
        return switch (CaseStatus.valueOf(name)) {
            case REGISTERED -> Messages.Status_REGISTERED;
            case ELIGIBILITY_ASSESSED -> Messages.Status_ELIGIBILITY_ASSESSED;
            case APPROVED -> Messages.Status_APPROVED;
            case TRAVEL_DOCS_REQUESTED -> Messages.Status_TRAVEL_DOCS_REQUESTED;
            case TRAVEL_DOCS_OBTAINED -> Messages.Status_TRAVEL_DOCS_OBTAINED;
            case DEPARTURE_SCHEDULED -> Messages.Status_DEPARTURE_SCHEDULED;
            case DEPARTED -> Messages.Status_DEPARTED;
            case WITHDRAWN -> Messages.Status_WITHDRAWN;
            case REJECTED -> Messages.Status_REJECTED;
            case SUSPENDED -> Messages.Status_SUSPENDED;
            case NO_SHOW -> Messages.Status_NO_SHOW;
            case REINTEGRATION_FOLLOW_UP, CLOSED -> name;
        };
    }

    static String sex(String name) {
        return switch (Sex.valueOf(name)) {
            case FEMALE -> Messages.Sex_FEMALE;
            case MALE -> Messages.Sex_MALE;
            case OTHER -> Messages.Sex_OTHER;
        };
    }

    static String nationality(String iso) {
        String name = Nationalities.displayName(iso, Locale.getDefault());
        return name.isEmpty() ? iso : name;
    }

    /** A count as the tables write it: digits only. */
    static String count(long n) {
        return Long.toString(n);
    }

    /** A share of {@code total}, one decimal, "0.0" when there is nothing. */
    static String share(long n, long total) {
        return total == 0 ? "0.0" : String.format(Locale.ROOT, "%.1f", 100.0 * n / total);
    }

    /** Days with one decimal. */
    static String days(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
