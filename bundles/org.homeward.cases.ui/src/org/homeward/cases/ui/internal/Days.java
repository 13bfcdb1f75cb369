package org.homeward.cases.ui.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Days as the office types and reads them: dd/mm/yyyy. */
public final class Days {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Days() {
    }

    /** The day, or "" for none. */
    public static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The typed day; empty when the text is blank or not a real day (31/02 included). */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(typed.strip(), DAY));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
