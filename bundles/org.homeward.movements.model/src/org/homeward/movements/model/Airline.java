package org.homeward.movements.model;

/**
 * An airline.
 *
 * @param iata its two-character IATA designator ({@code AT})
 */
public record Airline(String iata, String name) {
}
