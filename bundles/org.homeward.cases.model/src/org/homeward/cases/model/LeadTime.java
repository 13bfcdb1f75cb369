package org.homeward.cases.model;

/**
 * How long something took, in days, over {@code count} cases: the median and the 90th percentile
 * (nearest rank); both zero when there are none.
 */
public record LeadTime(long count, double medianDays, double p90Days) {

    /** The lead time of these durations in days, sorted or not. */
    public static LeadTime of(java.util.List<Double> days) {
        if (days.isEmpty()) {
            return new LeadTime(0, 0, 0);
        }
        double[] sorted = days.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new LeadTime(sorted.length, rank(sorted, 0.5), rank(sorted, 0.9));
    }

    private static double rank(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
