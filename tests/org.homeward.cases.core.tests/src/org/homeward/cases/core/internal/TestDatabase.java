package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.Random;

import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Sex;
import org.homeward.common.validation.ValidationException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/** The database that DS opens in this test runtime (embedded Derby under target/), and cases in it. */
final class TestDatabase {

    private TestDatabase() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(TestDatabase.class).getBundleContext();
    }

    static <T> T waitFor(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        T found = tracker.waitForService(60_000);
        assertNotNull(found, type.getSimpleName() + " service did not appear within 60 s");
        return found;
    }

    static EntityManagerFactory emf() throws InterruptedException {
        return waitFor(EntityManagerFactory.class);
    }

    static String letters(int n) {
        Random random = new Random();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** A newly registered case with a unique family name. */
    static MigrantCase newCase(EntityManagerFactory emf) throws ValidationException {
        return new CaseServiceImpl(emf, java.time.Clock.systemDefaultZone(), null, TestUser.ASSISTANT)
                .register(new NewCase("Conde" + letters(6), "Mariama", null, Sex.FEMALE,
                        DateOfBirth.exact(LocalDate.of(1993, 4, 12)), "GN"));
    }
}
