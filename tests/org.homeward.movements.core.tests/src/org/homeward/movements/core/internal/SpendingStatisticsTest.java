package org.homeward.movements.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.cases.model.Person;
import org.homeward.movements.model.Booking;
import org.homeward.movements.model.BookingDraft;
import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.Spending;
import org.junit.jupiter.api.Test;

/**
 * Spending per budget line on the real database: two tickets of a donor's project (one for two persons)
 * cost 2 x (4,200.00 + 850.00); an option and a cancelled ticket cost nothing.
 */
class SpendingStatisticsTest {

    @Test
    void ticketsBoughtAreSummedPerDonorProjectAndCurrency() throws Exception {
        Fixtures f = new Fixtures();
        String donor = "Donor " + Fixtures.family();
        Person a = f.principal(f.approvedCase(Fixtures.family(), "Aminata", Set.of()));
        Person b = f.principal(f.approvedCase(Fixtures.family(), "Bintou", Set.of()));
        Person c = f.principal(f.approvedCase(Fixtures.family(), "Coumba", Set.of()));
        Person d = f.principal(f.approvedCase(Fixtures.family(), "Djeneba", Set.of()));
        ticket(f, f.bookings.book(onLine(f.toConakry("SP01", a), donor)), a);
        ticket(f, f.bookings.book(onLine(f.toConakry("SP02", b, c), donor)), b, c);
        f.bookings.book(onLine(f.toConakry("SP03", d), donor)); // an option: nothing spent yet
        Booking cancelled = ticket(f, f.bookings.book(onLine(f.toConakry("SP04", d), donor)), d);
        f.bookings.move(cancelled.getId(), cancelled.getVersion(), BookingStatus.CANCELLED);

        SpendingStatisticsImpl stats = new SpendingStatisticsImpl(f.emf, Fixtures.ASSISTANT);
        List<Spending> spent = stats.spending(f.day, f.day, donor, null);

        assertEquals(List.of(new Spending(donor, "AVRR-MA-2026", "MAD", 2, 3, new BigDecimal("10100.00"))), spent);
        assertEquals(List.of(), stats.spending(f.day.plusDays(1), f.day.plusDays(2), donor, null),
                "the first flight leaves on the day asked");
        assertEquals(List.of(), stats.spending(f.day, f.day, donor, "another project"));
    }

    private static BookingDraft onLine(BookingDraft d, String donor) {
        return new BookingDraft(d.pnr(), d.agency(), d.fare(), d.taxes(), d.currency(), donor, d.projectCode(),
                d.optionUntil(), d.segments(), d.passengers());
    }

    private static Booking ticket(Fixtures f, Booking b, Person... persons) throws Exception {
        Map<Long, String> tickets = new HashMap<>();
        for (Person p : persons) {
            tickets.put(p.getId(), "235-" + (2500000000L + p.getId()));
        }
        return f.bookings.ticket(b.getId(), b.getVersion(), tickets);
    }
}
