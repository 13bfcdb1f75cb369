package org.homeward.persistence.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.homeward.persistence.DatabaseState;
import org.homeward.persistence.Vault;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import jakarta.persistence.EntityManagerFactory;

/**
 * Offers the {@link Vault} as soon as the framework starts, and opens the database in a background thread
 * once someone unlocks it with a password; then offers the {@link EntityManagerFactory} as a service once
 * the schema is up to date. Services that need the database reference that service and so appear only
 * when it is unlocked and ready.
 */
@Component(immediate = true)
public class DatabaseComponent {

    /** The key slots, beside the database. */
    static final String SLOTS_FILE = "database.keys";

    private static final ILog LOG = ILog.of(DatabaseComponent.class);

    private Thread boot;
    private Database database;
    private ServiceRegistration<EntityManagerFactory> registration;
    private ServiceRegistration<DatabaseState> stateRegistration;
    private ServiceRegistration<Vault> vaultRegistration;
    private boolean deactivated;
    private DataFolderLock folderLock;

    @org.osgi.service.component.annotations.Reference
    private org.homeward.persistence.SecretStore secrets;

    @Activate
    void activate(BundleContext context) {
        DatabaseSettings settings;
        try {
            settings = DatabaseSettings.resolve(context::getProperty);
        } catch (IOException e) {
            LOG.error(NLS.bind(Messages.Database_failed, "", e.getMessage()), e);
            publish(context, new DatabaseState(DatabaseState.Phase.FAILED, "", String.valueOf(e.getMessage())));
            return;
        }
        quietDerby(settings);
        if (settings.isEmbeddedDerby() && !lockDataFolder(context, settings)) {
            return; // another workbench has it: said so before anyone types a password
        }
        KeySlots slots;
        if (settings.isEmbeddedDerby()) {
            slots = new KeySlots(settings.dataDirectory().resolve(SLOTS_FILE), Clock.systemUTC());
        } else {
            settings = withServerPassword(context, settings);
            if (settings == null) {
                return;
            }
            slots = new KeySlots(serverSlots(settings), Clock.systemUTC());
        }
        publish(context, new DatabaseState(DatabaseState.Phase.LOCKED, settings.displayUrl(), ""));
        DatabaseSettings opened = settings;
        vaultRegistration = context.registerService(Vault.class, new VaultImpl(slots, key -> open(context,
                opened, key)), null);
    }

    /**
     * A server's settings with the password this workstation keeps in its secure storage (unless one was
     * given as a property, as the tests do); null, with the state saying what to do, when there is none.
     */
    private DatabaseSettings withServerPassword(BundleContext context, DatabaseSettings settings) {
        if (settings.password() != null) {
            return settings;
        }
        String problem;
        try {
            String kept = org.homeward.persistence.DatabaseServer.password(secrets);
            if (kept != null) {
                return settings.withPassword(kept);
            }
            problem = NLS.bind(Messages.Database_noServerPassword, settings.displayUrl());
        } catch (org.eclipse.equinox.security.storage.StorageException e) {
            problem = NLS.bind(Messages.Database_failed, settings.displayUrl(), e.getMessage());
        }
        LOG.warn(problem);
        publish(context, new DatabaseState(DatabaseState.Phase.FAILED, settings.displayUrl(), problem));
        return null;
    }

    /** The key slots in the server's own table, reached with the driver the settings name. */
    private static SlotStore serverSlots(DatabaseSettings settings) {
        return new ServerSlotStore(() -> {
            try {
                return Database.driver(settings, DatabaseComponent.class.getClassLoader()).connect(settings.url(),
                        Database.credentials(settings));
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new java.sql.SQLException(e.getMessage(), e);
            }
        }, settings.displayUrl());
    }

    /**
     * Sends derby.log to the data folder's logs/ whatever the database: the Derby engine, in the runtime for
     * embedded databases, writes it into the working directory whenever it boots, on a server too.
     */
    private static void quietDerby(DatabaseSettings settings) {
        if (System.getProperty("derby.stream.error.file") == null) {
            try {
                Path logs = org.homeward.common.files.OwnerOnly.folder(settings.dataDirectory().resolve("logs"));
                System.setProperty("derby.stream.error.file", logs.resolve("derby.log").toString());
            } catch (IOException e) {
                LOG.warn(e.getMessage(), e);
            }
        }
    }

    /** Takes the data folder for this process, or says it is in use; false then. */
    private boolean lockDataFolder(BundleContext context, DatabaseSettings settings) {
        String inUse = NLS.bind(Messages.Database_inUse, settings.dataDirectory());
        try {
            org.homeward.common.files.OwnerOnly.folder(settings.dataDirectory());
            folderLock = DataFolderLock.take(settings.dataDirectory());
        } catch (IOException e) {
            LOG.error(NLS.bind(Messages.Database_failed, settings.displayUrl(), e.getMessage()), e);
            publish(context, new DatabaseState(DatabaseState.Phase.FAILED, settings.displayUrl(),
                    String.valueOf(e.getMessage())));
            return false;
        }
        if (folderLock == null) {
            LOG.warn(inUse);
            publish(context, new DatabaseState(DatabaseState.Phase.IN_USE, settings.displayUrl(), inUse));
            return false;
        }
        return true;
    }

    /** Starts opening the database with its key, once. */
    private synchronized void open(BundleContext context, DatabaseSettings settings, byte[] key) {
        if (boot != null || deactivated) {
            return;
        }
        publish(context, new DatabaseState(DatabaseState.Phase.OPENING, settings.displayUrl(), ""));
        boot = new Thread(() -> boot(context, settings, key), "homeward-database-boot");
        boot.setDaemon(true);
        boot.start();
    }

    private void boot(BundleContext context, DatabaseSettings settings, byte[] key) {
        long start = System.nanoTime();
        try {
            Database db = Database.open(settings, contributions(context), DatabaseComponent.class.getClassLoader(),
                    key);
            synchronized (this) {
                if (deactivated) {
                    db.close();
                    return;
                }
                database = db;
                java.util.Arrays.fill(key, (byte) 0);
                Dictionary<String, Object> props = new Hashtable<>();
                props.put("homeward.database.url", settings.displayUrl());
                props.put("homeward.database.schemaVersion", db.schemaVersion());
                registration = context.registerService(EntityManagerFactory.class, db.emf(), props);
                publish(context, new DatabaseState(DatabaseState.Phase.READY, settings.displayUrl(), ""));
            }
            LOG.info(NLS.bind(Messages.Database_opened, new Object[]{settings.displayUrl(),
                    (System.nanoTime() - start) / 1_000_000, db.schemaVersion()}));
        } catch (Exception | LinkageError e) {
            java.util.Arrays.fill(key, (byte) 0);
            String location = settings.displayUrl();
            if (bootedElsewhere(e)) { // Derby's own lock: another program has the database files
                String inUse = NLS.bind(Messages.Database_inUse, settings.dataDirectory());
                LOG.warn(inUse);
                publish(context, new DatabaseState(DatabaseState.Phase.IN_USE, location, inUse));
                return;
            }
            LOG.error(NLS.bind(Messages.Database_failed, location, e.getMessage()), e);
            publish(context, new DatabaseState(DatabaseState.Phase.FAILED, location, String.valueOf(e.getMessage())));
        }
    }

    /** Whether Derby refused to boot because another engine has the database (SQL state XSDB6). */
    static boolean bootedElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() != t ? t.getCause() : null) {
            if (t instanceof java.sql.SQLException sql) {
                for (java.sql.SQLException n = sql; n != null; n = n.getNextException()) {
                    if ("XSDB6".equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Replaces the state service, so that trackers and injections see the change. */
    private synchronized void publish(BundleContext context, DatabaseState state) {
        if (deactivated) {
            return;
        }
        ServiceRegistration<DatabaseState> previous = stateRegistration;
        stateRegistration = context.registerService(DatabaseState.class, state, null);
        if (previous != null) {
            previous.unregister();
        }
    }

    /** Every resolved bundle that declares entities and schema scripts of its own. */
    public static List<SchemaContribution> contributions(BundleContext context) throws IOException {
        List<SchemaContribution> result = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            int state = bundle.getState();
            if (state != Bundle.INSTALLED && state != Bundle.UNINSTALLED && SchemaContribution.declares(bundle)) {
                result.add(SchemaContribution.of(bundle));
            }
        }
        return result;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        Thread started;
        synchronized (this) {
            deactivated = true;
            started = boot;
        }
        if (started != null) {
            started.join(30_000);
        }
        synchronized (this) {
            if (vaultRegistration != null) {
                vaultRegistration.unregister();
                vaultRegistration = null;
            }
            if (stateRegistration != null) {
                stateRegistration.unregister();
                stateRegistration = null;
            }
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
            if (database != null) {
                try {
                    database.close();
                } catch (Exception e) {
                    LOG.error(NLS.bind(Messages.Database_closeFailed, database.settings().displayUrl()), e);
                }
                database = null;
            }
            if (folderLock != null) {
                try {
                    folderLock.close();
                } catch (IOException e) {
                    LOG.warn(e.getMessage(), e); // the system drops it when the process ends anyway
                }
                folderLock = null;
            }
        }
    }
}
