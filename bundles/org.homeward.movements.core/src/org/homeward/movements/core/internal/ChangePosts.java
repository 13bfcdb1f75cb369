package org.homeward.movements.core.internal;

import java.util.Map;
import java.util.function.Supplier;

import org.homeward.movements.model.service.MovementEvents;
import org.homeward.persistence.Transactions;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManagerFactory;

/** Posts {@link MovementEvents#TOPIC_CHANGED} once the current transaction commits (never on rollback). */
final class ChangePosts {

    private ChangePosts() {
    }

    /** @param events the service's Event Admin as it is now (none in tests that build services by hand) */
    static void afterCommit(EntityManagerFactory emf, Supplier<EventAdmin> events) {
        EventAdmin admin = events.get();
        if (admin != null) {
            Transactions.afterCommit(emf, () -> admin.postEvent(new Event(MovementEvents.TOPIC_CHANGED, Map.of())));
        }
    }
}
