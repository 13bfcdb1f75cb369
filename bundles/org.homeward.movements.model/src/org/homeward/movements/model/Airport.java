package org.homeward.movements.model;

import java.time.ZoneId;

/**
 * An airport, as flights name it.
 *
 * @param iata the three-letter IATA code ({@code CMN})
 * @param country ISO 3166-1 alpha-2 code of its country
 * @param zone its time zone: flight times are local to it
 */
public record Airport(String iata, String name, String city, String country, ZoneId zone) {
}
