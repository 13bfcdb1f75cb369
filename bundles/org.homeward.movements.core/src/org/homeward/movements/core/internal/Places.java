package org.homeward.movements.core.internal;

import java.time.Duration;

import org.homeward.movements.core.internal.entity.OfficeAirlineEntity;
import org.homeward.movements.core.internal.entity.OfficeAirportEntity;
import org.homeward.movements.model.ReferenceData;
import org.homeward.persistence.Transactions;

import jakarta.persistence.EntityManagerFactory;

/**
 * The airports and airlines as bookings see them: the shipped ones with the office's own over them,
 * read again at most every {@value #FRESH_SECONDS} seconds (another workstation may have added one).
 */
final class Places {

    static final int FRESH_SECONDS = 30;
    private static final ReferenceData SHIPPED = ReferenceData.shipped();

    private final EntityManagerFactory emf;
    private volatile ReferenceData cached;
    private volatile long readAt;

    Places(EntityManagerFactory emf) {
        this.emf = emf;
    }

    ReferenceData current() {
        long now = System.nanoTime();
        ReferenceData c = cached;
        if (c == null || now - readAt > Duration.ofSeconds(FRESH_SECONDS).toNanos()) {
            c = Transactions.read(emf, em -> SHIPPED.with(
                    em.createQuery("SELECT a FROM OfficeAirport a ORDER BY a.iata", OfficeAirportEntity.class)
                            .getResultList().stream().map(OfficeAirportEntity::view).toList(),
                    em.createQuery("SELECT a FROM OfficeAirline a ORDER BY a.iata", OfficeAirlineEntity.class)
                            .getResultList().stream().map(OfficeAirlineEntity::view).toList()));
            cached = c;
            readAt = now;
        }
        return c;
    }

    /** Forgets what was read: the next call reads again. */
    void changed() {
        cached = null;
    }
}
