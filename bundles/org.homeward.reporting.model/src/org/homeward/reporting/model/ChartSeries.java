package org.homeward.reporting.model;

import java.util.List;

/** One series of a report's chart: a value per category (a month, a nationality, a stage). */
public record ChartSeries(String name, List<String> categories, List<Double> values) {

    public ChartSeries {
        if (categories.size() != values.size()) {
            throw new IllegalArgumentException(categories.size() + " categories, " + values.size() + " values");
        }
        categories = List.copyOf(categories);
        values = List.copyOf(values);
    }
}
