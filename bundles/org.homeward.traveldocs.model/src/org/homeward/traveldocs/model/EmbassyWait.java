package org.homeward.traveldocs.model;

/**
 * How long an embassy took to issue travel documents: over {@code requests} requests, the days from
 * sending each to its last document issued, median and 90th percentile (nearest rank).
 */
public record EmbassyWait(long embassyId, String country, String city, boolean consulate, long requests,
        double medianDays, double p90Days) {
}
