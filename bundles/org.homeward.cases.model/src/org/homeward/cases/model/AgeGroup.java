package org.homeward.cases.model;

/** The age groups returns are reported by (age in whole years at the time counted). */
public enum AgeGroup {

    UNDER_5(0, 4), FROM_5_TO_11(5, 11), FROM_12_TO_17(12, 17), FROM_18_TO_24(18, 24), FROM_25_TO_49(25,
            49), FROM_50_TO_59(50, 59), FROM_60(60, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The group of {@code age} (negative ages, from a wrong birth year, count as under 5). */
    public static AgeGroup of(int age) {
        for (AgeGroup g : values()) {
            if (age <= g.to) {
                return g;
            }
        }
        return FROM_60;
    }

    /** "0-4", "60+": the group as reports write it. */
    public String label() {
        return to == Integer.MAX_VALUE ? from + "+" : from + "-" + to;
    }
}
