package org.homeward.movements.model;

import java.math.BigDecimal;

/**
 * What bookings spent on one budget line in one currency: fares and taxes of the tickets bought
 * (ticketed, flown, no-show or rebooked; not options, cancellations or refunds).
 *
 * @param donor empty when the bookings named none
 * @param project empty when the bookings named none
 */
public record Spending(String donor, String project, String currency, long bookings, long passengers,
        BigDecimal amount) {
}
