package org.homeward.ui;

import java.text.CollationKey;
import java.text.Collator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cell's text sorts: a date written day first ({@code 14/03/2026}, with an optional time) by
 * date, a number by value, other text in the workbench language's order (accents and case second).
 * Dates come before numbers, numbers before words, empty cells last.
 */
final class SortKey implements Comparable<SortKey> {

    private static final Pattern DAY = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})(.*)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Collator COLLATOR = Collator.getInstance();

    private final int kind;
    private final String date;
    private final double number;
    private final CollationKey words;

    private SortKey(int kind, String date, double number, CollationKey words) {
        this.kind = kind;
        this.date = date;
        this.number = number;
        this.words = words;
    }

    static SortKey of(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new SortKey(3, null, 0, null);
        }
        Matcher day = DAY.matcher(t);
        if (day.matches()) {
            return new SortKey(0, day.group(3) + day.group(2) + day.group(1) + day.group(4), 0, null);
        }
        if (NUMBER.matcher(t).matches()) {
            return new SortKey(1, null, Double.parseDouble(t.replace(',', '.')), null);
        }
        return new SortKey(2, null, 0, COLLATOR.getCollationKey(t));
    }

    @Override
    public int compareTo(SortKey other) {
        if (kind != other.kind) {
            return Integer.compare(kind, other.kind);
        }
        return switch (kind) {
            case 0 -> date.compareTo(other.date);
            case 1 -> Double.compare(number, other.number);
            case 2 -> words.compareTo(other.words);
            default -> 0;
        };
    }
}
