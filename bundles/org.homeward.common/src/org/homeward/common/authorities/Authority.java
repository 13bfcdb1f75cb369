package org.homeward.common.authorities;

/**
 * An authority of the host country that the office informs of departures.
 *
 * @param name the authority's full name
 * @param department the department or directorate that receives the notification
 * @param purpose what the office sends and why
 * @param channel how it is sent (letter, e-mail, portal...)
 */
public record Authority(String name, String department, String purpose, String channel) {
}
