package org.homeward.movements.ui.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.BookingDraft;

/**
 * Flights typed one per line as the agency's confirmation lists them:
 * {@code AT 1402 RBA CMN 16/12/2026 09:00 16/12/2026 09:45} (airline, number, from, to, departure and
 * arrival in each airport's local time). A bad line is named with its number.
 */
final class FlightLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private FlightLines() {
    }

    static List<BookingDraft.SegmentDraft> parse(String text) throws ValidationException {
        List<BookingDraft.SegmentDraft> segments = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] w = line.split("\\s+");
            try {
                if (w.length != 8) {
                    throw new DateTimeParseException("", line, 0);
                }
                segments.add(new BookingDraft.SegmentDraft(w[0].toUpperCase(Locale.ROOT), w[1],
                        w[2].toUpperCase(Locale.ROOT), w[3].toUpperCase(Locale.ROOT),
                        LocalDateTime.parse(w[4] + " " + w[5], WHEN), LocalDateTime.parse(w[6] + " " + w[7], WHEN)));
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(BookingDraft.SEGMENTS, NLS.bind(Messages.Book_badLine, i + 1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return segments;
    }
}
