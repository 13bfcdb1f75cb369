package org.homeward.movements.model;

import java.util.List;

/** A departure with its passengers, in booking order, and the flights of its first booking. */
public record Manifest(Departure departure, List<ManifestLine> lines, Itinerary itinerary) {

    public Manifest {
        lines = List.copyOf(lines);
    }

    /** The distinct cases on board, in manifest order. */
    public List<Long> caseIds() {
        return lines.stream().map(l -> l.passenger().getCaseId()).distinct().toList();
    }
}
