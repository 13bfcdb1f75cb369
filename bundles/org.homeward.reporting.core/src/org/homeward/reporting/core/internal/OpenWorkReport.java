package org.homeward.reporting.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.homeward.movements.model.service.BookingService;
import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.reporting.model.ReportResult;
import org.homeward.reporting.model.ReportTable;
import org.homeward.traveldocs.model.service.TravelDocService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The work waiting today, whatever the period: requests whose answer is late, persons whose travel
 * document is missing or expires too early for their planned departure, options lapsing within two days.
 */
@Component(service = ReportDefinition.class, property = ReportDefinition.ORDER + ":Integer=80")
public class OpenWorkReport implements ReportDefinition {

    /** The margin a travel document must have past the planned departure, in days. */
    static final int MARGIN_DAYS = 30;

    private final TravelDocService documents;
    private final BookingService bookings;

    @Activate
    public OpenWorkReport(@Reference TravelDocService documents, @Reference BookingService bookings) {
        this.documents = documents;
        this.bookings = bookings;
    }

    @Override
    public String id() {
        return "open-work";
    }

    @Override
    public String title() {
        return Messages.OpenWork_title;
    }

    @Override
    public ReportResult run(ReportFilter filter, BooleanSupplier cancelled) {
        LocalDate today = LocalDate.now();
        long late = documents.requests(today).stream().filter(r -> r.overdue()).count();
        long expiring = documents.warnings(today, MARGIN_DAYS).size();
        long lapsing = bookings.lapsingOptions(Instant.now().plus(Duration.ofDays(2))).size();
        List<String> names = List.of(Messages.OpenWork_late, Messages.OpenWork_documents, Messages.OpenWork_options);
        List<Long> counts = List.of(late, expiring, lapsing);
        ReportTable table = new ReportTable(List.of(Messages.OpenWork_what, Messages.Count),
                List.of(List.of(names.get(0), Labels.count(late)), List.of(names.get(1), Labels.count(expiring)),
                        List.of(names.get(2), Labels.count(lapsing))),
                List.of());
        return new ReportResult(title(), table, ReportResult.Chart.BARS,
                List.of(new ChartSeries(Messages.Count, names, counts.stream().map(Long::doubleValue).toList())));
    }
}
