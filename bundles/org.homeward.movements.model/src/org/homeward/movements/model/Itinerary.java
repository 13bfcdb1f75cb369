package org.homeward.movements.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The flights of a journey, in order, and what is wrong with them: a flight that lands before it
 * takes off, a flight that does not leave from where the previous one landed, a connection shorter
 * than the minimum.
 */
public record Itinerary(List<Segment> segments) {

    /** What can be wrong with a flight of the journey. */
    public enum Problem {
        /** It lands before (or as) it takes off, once both times are read in their airports' zones. */
        LANDS_BEFORE_TAKE_OFF,
        /** It does not leave from the airport where the previous flight landed. */
        NOT_CONNECTED,
        /** It leaves less than the minimum connection time after the previous flight lands (or before). */
        CONNECTION_TOO_SHORT
    }

    /**
     * A problem of one flight.
     *
     * @param segment the flight's index in the journey, from 0
     */
    public record Fault(int segment, Problem problem) {
    }

    public Itinerary {
        segments = List.copyOf(segments);
    }

    /** Every problem of the journey, flight by flight; empty when it can be booked. */
    public List<Fault> faults(Duration minimumConnection) {
        List<Fault> found = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!s.arrivesAt().isAfter(s.departsAt())) {
                found.add(new Fault(i, Problem.LANDS_BEFORE_TAKE_OFF));
            }
            if (i > 0) {
                Segment before = segments.get(i - 1);
                if (!before.destination().iata().equals(s.origin().iata())) {
                    found.add(new Fault(i, Problem.NOT_CONNECTED));
                } else if (Duration.between(before.arrivesAt(), s.departsAt()).compareTo(minimumConnection) < 0) {
                    found.add(new Fault(i, Problem.CONNECTION_TOO_SHORT));
                }
            }
        }
        return found;
    }

    /** The day the traveller arrives, in the final airport's local time. */
    public LocalDate arrivalDate() {
        return segments.get(segments.size() - 1).arrivesLocal().toLocalDate();
    }

    /**
     * Every local date on which the traveller is on the way (each take-off and each landing, in its
     * airport's time): a travel document must be valid on each.
     */
    public SortedSet<LocalDate> travelDates() {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (Segment s : segments) {
            dates.add(s.departsLocal().toLocalDate());
            dates.add(s.arrivesLocal().toLocalDate());
        }
        return dates;
    }
}
