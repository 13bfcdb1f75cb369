package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homeward.persistence.DatabaseState;
import org.homeward.persistence.Transactions;
import org.homeward.persistence.tests.contribution.Note;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/** The DS component opens the configured database in the background and says so. */
class DatabaseComponentTest {

    @Test
    void databaseOpensInTheDataDirectoryAndTheStateSaysReady() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(DatabaseComponentTest.class).getBundleContext();
        ServiceTracker<EntityManagerFactory, EntityManagerFactory> emf = new ServiceTracker<>(context,
                EntityManagerFactory.class, null);
        emf.open();
        assertNotNull(emf.waitForService(60_000), "no EntityManagerFactory within 60 s");

        ServiceTracker<DatabaseState, DatabaseState> states = new ServiceTracker<>(context, DatabaseState.class, null);
        states.open();
        long deadline = System.currentTimeMillis() + 10_000;
        DatabaseState state = states.waitForService(10_000);
        while (state.phase() != DatabaseState.Phase.READY && System.currentTimeMillis() < deadline) {
            Thread.sleep(20); // the state follows the factory's registration by a moment
            state = states.getService();
        }
        assertEquals(DatabaseState.Phase.READY, state.phase());
        String server = System.getProperty("homeward.jdbc.url");
        if (server != null) {
            // a server (the PostgreSQL run): named without its options, which may name files or secrets
            assertEquals(server.split("[;?]")[0], state.location());
        } else {
            String dataDir = System.getProperty(DatabaseSettings.DATA_DIR);
            assertTrue(state.location().startsWith("jdbc:derby:" + dataDir), state.location() + " not under "
                    + dataDir);
        }
        assertEquals(1, states.size(), "one state at a time");
    }

    @Test
    void databaseBootedByTheFrameworkHoldsTheTableThisTestBundleContributes() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(DatabaseComponentTest.class).getBundleContext();
        ServiceTracker<EntityManagerFactory, EntityManagerFactory> tracker = new ServiceTracker<>(context,
                EntityManagerFactory.class, null);
        tracker.open();
        EntityManagerFactory emf = tracker.waitForService(60_000);
        assertNotNull(emf, "no EntityManagerFactory within 60 s");
        String code = "BOOT-" + System.nanoTime();
        Transactions.inTransaction(emf, em -> {
            em.persist(new Note(code, "written through the contributed entity"));
            return null;
        });
        assertEquals(1L, Transactions.read(emf, em -> em.createQuery("SELECT COUNT(n) FROM Note n WHERE n.code = :c",
                Long.class).setParameter("c", code).getSingleResult()));
        assertTrue(String.valueOf(tracker.getServiceReference().getProperty("homeward.database.schemaVersion"))
                .contains("persistencetests 1"));
    }
}
