package org.homeward.cases.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;

/**
 * A date of birth: exact, or only an estimated year (many migrants do not know or cannot prove
 * their exact date). Text form: {@code dd/MM/yyyy} for an exact date, {@code yyyy} for an estimate.
 */
public record DateOfBirth(LocalDate exactDate, int year, boolean estimated) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public DateOfBirth {
        if (estimated) {
            if (exactDate != null) {
                throw new IllegalArgumentException("an estimated date of birth has only a year");
            }
        } else {
            Objects.requireNonNull(exactDate, "exactDate");
            year = exactDate.getYear();
        }
    }

    public static DateOfBirth exact(LocalDate date) {
        return new DateOfBirth(date, date.getYear(), false);
    }

    public static DateOfBirth estimatedYear(int year) {
        return new DateOfBirth(null, year, true);
    }

    /**
     * Reads {@code dd/MM/yyyy} (exact) or {@code yyyy} (estimated year).
     *
     * @return empty when the text is neither
     */
    public static Optional<DateOfBirth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.matches("\\d{4}")) {
            return Optional.of(estimatedYear(Integer.parseInt(t)));
        }
        try {
            return Optional.of(exact(LocalDate.parse(t, FORMAT)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether this date (or, for an estimate, this year) lies after {@code today}. */
    public boolean isAfter(LocalDate today) {
        return estimated ? year > today.getYear() : exactDate.isAfter(today);
    }

    /** The text form that {@link #parse(String)} reads back. */
    public String format() {
        return estimated ? String.format("%04d", year) : FORMAT.format(exactDate);
    }
}
