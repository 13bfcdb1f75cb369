package org.homeward.persistence.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.homeward.common.files.OwnerOnly;

import jakarta.persistence.EntityManagerFactory;

/**
 * An open Homeward database: the schema brought up to date, then an EclipseLink
 * {@link EntityManagerFactory} on it. Closing it shuts embedded Derby down cleanly.
 */
public final class Database implements AutoCloseable {

    private final DatabaseSettings settings;
    private final Driver driver;
    private final EntityManagerFactory emf;
    private final Map<String, Integer> schemaVersions;

    private Database(DatabaseSettings settings, Driver driver, EntityManagerFactory emf,
            Map<String, Integer> schemaVersions) {
        this.settings = settings;
        this.driver = driver;
        this.emf = emf;
        this.schemaVersions = schemaVersions;
    }

    /**
     * Opens the database described by {@code settings}: creates the data directory, applies each
     * contribution's missing schema scripts (a contribution after those it requires) and deploys one
     * persistence unit over every contributed entity.
     *
     * @param loader sees the JDBC driver and the persistence provider
     */
    public static Database open(DatabaseSettings settings, List<SchemaContribution> contributions,
            ClassLoader loader) throws IOException, SQLException, MigrationException, ReflectiveOperationException {
        return open(settings, contributions, loader, null);
    }

    /**
     * As {@link #open(DatabaseSettings, List, ClassLoader)}; embedded Derby is encrypted under {@code key}
     * (created so, booted with it, or encrypted in place on this first opening with it). Other databases
     * ignore the key: their server protects them.
     */
    public static Database open(DatabaseSettings settings, List<SchemaContribution> contributions,
            ClassLoader loader, byte[] key)
            throws IOException, SQLException, MigrationException, ReflectiveOperationException {
        List<SchemaContribution> ordered = Contributions.ordered(contributions);
        OwnerOnly.folder(settings.dataDirectory());
        if (settings.isEmbeddedDerby()) {
            // Derby's files readable by their owner alone (embedded Derby otherwise keeps the umask's)
            System.setProperty("derby.storage.useDefaultFilePermissions", "false");
            Path logs = OwnerOnly.folder(settings.dataDirectory().resolve("logs"));
            // Derby writes derby.log into the working directory unless told otherwise
            System.setProperty("derby.stream.error.file", logs.resolve("derby.log").toString());
        }
        Driver driver = driver(settings, loader);
        Map<String, Integer> versions = new LinkedHashMap<>();
        try (Connection c = key != null && settings.isEmbeddedDerby()
                ? DerbyEncryption.connect(driver, settings.url(), settings.derbyDirectory(), key,
                        settings.dataDirectory().resolve("backups"))
                : driver.connect(settings.url(), credentials(settings))) {
            if (settings.isEmbeddedDerby()) {
                MigrationBackup.beforeMigrating(c, ordered, settings.dataDirectory().resolve("backups"));
            }
            for (SchemaContribution contribution : ordered) {
                new MigrationRunner(contribution.name(), contribution.migrations()).migrate(c, user(settings));
                versions.put(contribution.name(), MigrationRunner.currentVersion(c, contribution.name()));
            }
        }
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.JDBC_URL, settings.url());
        props.put(PersistenceUnitProperties.JDBC_DRIVER, settings.driverClass());
        if (settings.user() != null) {
            props.put(PersistenceUnitProperties.JDBC_USER, settings.user());
        }
        if (settings.password() != null) {
            props.put(PersistenceUnitProperties.JDBC_PASSWORD, settings.password());
            props.put(PersistenceUnitProperties.LOGIN_ENCRYPTOR, PlainPassword.class.getName());
        }
        props.put(PersistenceUnitProperties.LOGGING_LOGGER, PlatformSessionLog.class.getName());
        EntityManagerFactory emf = new PersistenceProvider()
                .createContainerEntityManagerFactory(new ContributedUnit(ordered, loader), props);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // EclipseLink finds the password handler (PlainPassword) through the context class loader
        thread.setContextClassLoader(Database.class.getClassLoader());
        try {
            emf.createEntityManager().close(); // deploys the unit and logs in now, not on first use
        } catch (RuntimeException e) {
            emf.close();
            throw e;
        } finally {
            thread.setContextClassLoader(before);
        }
        return new Database(settings, driver, emf, Map.copyOf(versions));
    }

    /** The JDBC driver the settings name, loaded through {@code loader}. */
    static Driver driver(DatabaseSettings settings, ClassLoader loader) throws ReflectiveOperationException {
        return (Driver) Class.forName(settings.driverClass(), true, loader).getDeclaredConstructor().newInstance();
    }

    private static String user(DatabaseSettings settings) {
        return settings.user() != null ? settings.user() : System.getProperty("user.name", "homeward");
    }

    static Properties credentials(DatabaseSettings settings) {
        Properties p = new Properties();
        if (settings.user() != null) {
            p.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            p.setProperty("password", settings.password());
        }
        return p;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Each contribution's schema version, by contribution name. */
    public Map<String, Integer> schemaVersions() {
        return schemaVersions;
    }

    /** The schema versions for messages: {@code name version, ...} in name order. */
    public String schemaVersion() {
        return new java.util.TreeMap<>(schemaVersions).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Closes the factory; for embedded Derby, also shuts the database down so the next start needs no recovery. */
    @Override
    public void close() throws SQLException {
        if (emf.isOpen()) {
            emf.close();
        }
        if (settings.isEmbeddedDerby()) {
            try (Connection c = driver.connect(settings.displayUrl() + ";shutdown=true", new Properties())) {
                // a successful shutdown always throws; reaching here means it did not happen
                throw new SQLException(settings.displayUrl(), "08006");
            } catch (SQLException e) {
                if (!"08006".equals(e.getSQLState()) || e.getMessage().equals(settings.displayUrl())) {
                    throw e;
                }
            }
        }
    }
}
