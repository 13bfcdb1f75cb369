package org.homeward.cases.model;

import java.util.List;

/**
 * What one area holds on a person, as a subject access report shows it: a title and a table (its first
 * row the headers), in the workbench's language.
 *
 * @since 2.5
 */
public record HeldData(String title, List<List<String>> rows) {

    public HeldData {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Whether there is anything under the headers. */
    public boolean isEmpty() {
        return rows.size() <= 1;
    }
}
