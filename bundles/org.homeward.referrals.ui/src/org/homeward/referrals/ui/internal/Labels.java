package org.homeward.referrals.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

import org.homeward.referrals.model.ReferralStatus;

/** How referral values read on screen, and dates as typed. */
public final class Labels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Labels() {
    }

    public static String status(ReferralStatus s) {
        return switch (s) {
            case SENT -> Messages.Status_SENT;
            case ACCEPTED -> Messages.Status_ACCEPTED;
            case IN_PROGRESS -> Messages.Status_IN_PROGRESS;
            case COMPLETED -> Messages.Status_COMPLETED;
            case DECLINED -> Messages.Status_DECLINED;
        };
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** The date typed as {@code dd/MM/yyyy}; empty for blank or unreadable text. */
    public static Optional<LocalDate> parseDate(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
