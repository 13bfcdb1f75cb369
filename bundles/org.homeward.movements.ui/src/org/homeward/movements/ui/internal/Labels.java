package org.homeward.movements.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.homeward.movements.model.DepartureKind;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotificationStatus;
import org.homeward.movements.model.SpecialNeed;

/** How the departures' values read on screen. */
final class Labels {

    private Labels() {
    }

    static String kind(DepartureKind kind) {
        return kind == DepartureKind.CHARTER ? Messages.Kind_CHARTER : Messages.Kind_SCHEDULED;
    }

    static String kind(NotificationKind kind) {
        return switch (kind) {
            case MISSION_OF_ORIGIN -> Messages.Kind_MISSION_OF_ORIGIN;
            case TRANSIT_MISSION -> Messages.Kind_TRANSIT_MISSION;
            case HOST_AUTHORITY -> Messages.Kind_HOST_AUTHORITY;
        };
    }

    static String status(NotificationStatus s) {
        return switch (s) {
            case QUEUED -> Messages.Outbox_QUEUED;
            case SENDING -> Messages.Outbox_SENDING;
            case SENT -> Messages.Outbox_SENT;
            case FAILED -> Messages.Outbox_FAILED;
            case DELIVERED_BY_HAND -> Messages.Outbox_DELIVERED_BY_HAND;
        };
    }

    static String need(SpecialNeed n) {
        return switch (n) {
            case WHEELCHAIR -> Messages.Need_WHEELCHAIR;
            case MEDICAL_ESCORT -> Messages.Need_MEDICAL_ESCORT;
            case UNACCOMPANIED_MINOR -> Messages.Need_UNACCOMPANIED_MINOR;
            case PREGNANCY -> Messages.Need_PREGNANCY;
        };
    }

    static String needs(ManifestLine l) {
        return l.needs().stream().sorted().map(Labels::need).collect(Collectors.joining(", "));
    }

    static String checks(ManifestLine l) {
        List<String> done = new ArrayList<>();
        if (l.passenger().isDocumentsInHand()) {
            done.add(Messages.Check_documents);
        }
        if (l.passenger().isFitToTravel()) {
            done.add(Messages.Check_fit);
        }
        if (l.passenger().getReceiptNumber() != null) {
            done.add(Messages.Check_money);
        }
        return done.isEmpty() ? Messages.Check_none : String.join(", ", done);
    }

    static String outcome(ManifestLine l) {
        return switch (l.passenger().getOutcome()) {
            case PENDING -> Messages.Outcome_PENDING;
            case BOARDED -> Messages.Outcome_BOARDED;
            case NO_SHOW -> Messages.Outcome_NO_SHOW + " (" + l.passenger().getNoShowReason() + ")";
        };
    }
}
