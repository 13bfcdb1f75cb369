package org.homeward.reporting.core.internal.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.cases.model.DateOfBirth;

/**
 * Dates as people type them in spreadsheets: {@code dd/MM/yyyy} and {@code d/M/yy} (also with {@code -}
 * or {@code .}), {@code yyyy-MM-dd}, a spreadsheet's serial day number, and for a date of birth a year
 * alone (an estimate). A two-digit year is the latest that is not after {@code today}.
 */
final class Dates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(?:\\.0+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final LocalDate SERIAL_ZERO = LocalDate.of(1899, 12, 30);
    private static final int FIRST_SERIAL = 10_000; // 1927: a smaller number is not a date someone typed

    private Dates() {
    }

    static Optional<LocalDate> date(String text, LocalDate today) {
        String t = text.strip();
        try {
            Matcher m = DAY_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(year(m.group(3), today), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = YEAR_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if (SERIAL.matcher(t).matches() && !YEAR.matcher(t).matches()) {
                long days = new BigDecimal(t).longValueExact();
                if (days >= FIRST_SERIAL) {
                    return Optional.of(SERIAL_ZERO.plusDays(days));
                }
            }
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<DateOfBirth> dateOfBirth(String text, LocalDate today) {
        String t = text.strip();
        if (YEAR.matcher(t).matches()) {
            return Optional.of(DateOfBirth.estimatedYear(Integer.parseInt(t)));
        }
        return date(t, today).map(DateOfBirth::exact);
    }

    private static int year(String digits, LocalDate today) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return y;
        }
        int century = today.getYear() / 100 * 100;
        return century + y > today.getYear() ? century - 100 + y : century + y;
    }
}
