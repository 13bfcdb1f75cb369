package org.homeward.movements.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A booking as the agency confirmed it, to record as an option.
 *
 * @param segments the flights in order, times local to each airport
 */
public record BookingDraft(String pnr, String agency, BigDecimal fare, BigDecimal taxes, String currency, String donor,
        String projectCode, Instant optionUntil, List<SegmentDraft> segments, List<PassengerDraft> passengers) {

    /** Field names of validation problems. */
    public static final String SEGMENTS = "segments";
    public static final String PASSENGERS = "passengers";
    public static final String CURRENCY = "currency";
    public static final String OPTION_UNTIL = "optionUntil";

    public BookingDraft {
        segments = List.copyOf(segments);
        passengers = List.copyOf(passengers);
    }

    /** A flight: airline and airports by IATA code, times local to each airport. */
    public record SegmentDraft(String airline, String flightNumber, String origin, String destination,
            LocalDateTime departsLocal, LocalDateTime arrivesLocal) {
    }

    /** A person to book, with their escort or fit-to-travel day when they need one. */
    public record PassengerDraft(long personId, String escort, LocalDate fitToTravelOn) {
    }
}
