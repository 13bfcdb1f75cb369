package org.homeward.movements.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One flight of a booking: its times as the tickets print them, local to each airport.
 *
 * @param flightNumber the number after the airline's code ({@code 517} for AT517)
 */
public record Segment(Airline airline, String flightNumber, Airport origin, Airport destination,
        LocalDateTime departsLocal, LocalDateTime arrivesLocal) {

    /** The moment it takes off, on the timeline. */
    public Instant departsAt() {
        return departsLocal.atZone(origin.zone()).toInstant();
    }

    /** The moment it lands, on the timeline. */
    public Instant arrivesAt() {
        return arrivesLocal.atZone(destination.zone()).toInstant();
    }

    /** How long it flies, whatever the zones crossed. */
    public Duration flightTime() {
        return Duration.between(departsAt(), arrivesAt());
    }

    /** The flight as printed: {@code AT517}. */
    public String flight() {
        return airline.iata() + flightNumber;
    }
}
