package org.homeward.traveldocs.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.persistence.Transactions;
import org.homeward.traveldocs.model.Embassy;
import org.homeward.traveldocs.model.EmbassyWait;
import org.homeward.traveldocs.model.service.TravelDocStatistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * Waiting times per embassy: one GROUP BY gives each sent request's day, how many of its documents
 * are issued and the last issue day; the percentiles are taken here, over those rows.
 */
@Component(service = TravelDocStatistics.class)
public class TravelDocStatisticsImpl implements TravelDocStatistics {

    private final EntityManagerFactory emf;
    private final CurrentUser user;

    @Activate
    public TravelDocStatisticsImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this.emf = emf;
        this.user = user;
    }

    @Override
    public List<EmbassyWait> waitingTimes(LocalDate from, LocalDate to, String country) {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> {
            Map<Long, List<Long>> days = new HashMap<>();
            // one row per request sent: its documents counted, those issued, and the last issue day
            var query = em.createQuery("SELECT r.embassyId, r.sentOn, COUNT(m.id), COUNT(m.issuedOn),"
                    + " MAX(m.issuedOn) FROM TravelDocRequest r, RequestMember m WHERE m.requestId = r.id"
                    + " AND r.sentOn IS NOT NULL" + (country == null ? "" : " AND r.country = :country")
                    + " GROUP BY r.id, r.embassyId, r.sentOn", Object[].class);
            if (country != null) {
                query.setParameter("country", country);
            }
            for (Object[] r : query.getResultList()) {
                LocalDate last = (LocalDate) r[4];
                boolean complete = ((Number) r[2]).longValue() == ((Number) r[3]).longValue();
                if (complete && last != null && !last.isBefore(from) && !last.isAfter(to)) {
                    days.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add(ChronoUnit.DAYS.between((LocalDate) r[1], last));
                }
            }
            List<EmbassyWait> waits = new ArrayList<>();
            for (var e : days.entrySet()) {
                Embassy embassy = em.find(org.homeward.traveldocs.core.internal.entity.EmbassyEntity.class,
                        e.getKey());
                long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                waits.add(new EmbassyWait(e.getKey(), embassy.getCountry(), embassy.getCity(),
                        embassy.getKind() == Embassy.Kind.CONSULATE, sorted.length, rank(sorted, 0.5),
                        rank(sorted, 0.9)));
            }
            waits.sort(Comparator.comparingDouble(EmbassyWait::medianDays).reversed()
                    .thenComparing(EmbassyWait::country));
            return waits;
        });
    }

    private static double rank(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
