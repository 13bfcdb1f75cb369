package org.homeward.traveldocs.ui.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Control;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.Correspondence;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.TravelDocumentType;
import org.homeward.ui.Background;

/** Dates, labels and background work (through {@link Background}) of the travel-document screens. */
final class Ui {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Ui() {
    }

    /** A representation as the user reads it: "Guinée — ambassade, Rabat" (the country named, not coded). */
    static String embassy(org.homeward.traveldocs.model.Embassy e) {
        String country = java.util.Locale.of("", e.getCountry().strip()).getDisplayCountry();
        return country + " \u2014 " + DirectoryDialog.kind(e.getKind()).toLowerCase(java.util.Locale.getDefault())
                + ", " + e.getCity();
    }

    static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static Optional<LocalDate> parse(String typed) {
        try {
            return typed == null || typed.isBlank()
                    ? Optional.empty()
                    : Optional.of(LocalDate.parse(typed.strip(), DAY));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String channel(Channel c) {
        return switch (c) {
            case LETTER -> Messages.Channel_LETTER;
            case EMAIL -> Messages.Channel_EMAIL;
            case IN_PERSON -> Messages.Channel_IN_PERSON;
            case PHONE -> Messages.Channel_PHONE;
        };
    }

    static String documentType(TravelDocumentType t) {
        return t == TravelDocumentType.PASSPORT ? Messages.Issued_passport : Messages.Issued_laissezPasser;
    }

    static String direction(Correspondence.Direction d) {
        return d == Correspondence.Direction.INCOMING ? Messages.Mail_incoming : Messages.Mail_outgoing;
    }

    static String status(RequestStatus s) {
        return switch (s) {
            case DRAFT -> Messages.Status_DRAFT;
            case SENT -> Messages.Status_SENT;
            case ACKNOWLEDGED -> Messages.Status_ACKNOWLEDGED;
            case INTERVIEW_SCHEDULED -> Messages.Status_INTERVIEW_SCHEDULED;
            case ISSUED -> Messages.Status_ISSUED;
            case COLLECTED -> Messages.Status_COLLECTED;
            case REFUSED -> Messages.Status_REFUSED;
            case CANCELLED -> Messages.Status_CANCELLED;
        };
    }

    /**
     * Runs {@code work} through the screens' {@link Background}; {@code done} gets its result, or
     * {@code failed} the message for the user, unless {@code owner} is gone.
     */
    static <T> void run(Control owner, Background.Work<T> work, Consumer<T> done, Consumer<String> failed) {
        Background.run(Messages.Page_job, owner, work, done, failure -> failed.accept(failure.message()));
    }

    static <T> void read(Control owner, Supplier<T> read, Consumer<T> done) {
        Background.read(Messages.Page_job, owner, read, done);
    }
}
