package org.homeward.movements.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.homeward.movements.model.BookingStatus;
import org.homeward.movements.model.Spending;
import org.homeward.movements.model.service.SpendingStatistics;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

/** Spending per budget line: one GROUP BY over bookings, their first flight and their passengers. */
@Component(service = SpendingStatistics.class)
public class SpendingStatisticsImpl implements SpendingStatistics {

    /** The statuses of a ticket bought. */
    static final Set<BookingStatus> SPENT = EnumSet.of(BookingStatus.TICKETED, BookingStatus.FLOWN,
            BookingStatus.NO_SHOW, BookingStatus.REBOOKED);

    private final EntityManagerFactory emf;
    private final CurrentUser user;

    @Activate
    public SpendingStatisticsImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this.emf = emf;
        this.user = user;
    }

    @Override
    public List<Spending> spending(LocalDate from, LocalDate to, String donor, String project) {
        user.require(Permission.READ_CASE);
        String where = "b.status IN :spent AND s.bookingId = b.id AND s.leg = 0 AND s.departsLocal >= :from"
                + " AND s.departsLocal < :to" + (donor == null ? "" : " AND b.donor = :donor")
                + (project == null ? "" : " AND b.projectCode = :project");
        return Transactions.read(emf, em -> {
            TypedQuery<Object[]> amounts = em.createQuery("SELECT b.donor, b.projectCode, b.currency, COUNT(b.id),"
                    + " SUM(COALESCE(b.fare, 0) + COALESCE(b.taxes, 0)) FROM Booking b, BookingSegment s WHERE "
                    + where + " GROUP BY b.donor, b.projectCode, b.currency", Object[].class);
            TypedQuery<Object[]> persons = em.createQuery("SELECT b.donor, b.projectCode, b.currency, COUNT(p.id)"
                    + " FROM Booking b, BookingSegment s, BookingPassenger p WHERE p.bookingId = b.id AND " + where
                    + " GROUP BY b.donor, b.projectCode, b.currency", Object[].class);
            for (TypedQuery<Object[]> q : List.of(amounts, persons)) {
                q.setParameter("spent", SPENT).setParameter("from", from.atStartOfDay())
                        .setParameter("to", to.plusDays(1).atStartOfDay());
                if (donor != null) {
                    q.setParameter("donor", donor);
                }
                if (project != null) {
                    q.setParameter("project", project);
                }
            }
            List<Object[]> counted = persons.getResultList();
            return amounts.getResultList().stream().map(r -> new Spending(text(r[0]), text(r[1]), (String) r[2],
                    ((Number) r[3]).longValue(), passengers(counted, r), amount(r[4])))
                    .sorted(Comparator.comparing(Spending::donor).thenComparing(Spending::project)
                            .thenComparing(Spending::currency))
                    .toList();
        });
    }

    private static long passengers(List<Object[]> counted, Object[] line) {
        return counted.stream().filter(c -> java.util.Objects.equals(c[0], line[0])
                && java.util.Objects.equals(c[1], line[1]) && java.util.Objects.equals(c[2], line[2]))
                .mapToLong(c -> ((Number) c[3]).longValue()).sum();
    }

    private static String text(Object o) {
        return o == null ? "" : (String) o;
    }

    private static BigDecimal amount(Object o) {
        return o == null ? BigDecimal.ZERO : new BigDecimal(o.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
