package org.homeward.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.homeward.common.files.OwnerOnly;

/**
 * Embedded Derby's data encryption (AES-256, CBC, the key given from outside): the attributes of the first
 * connection, which creates an encrypted database, boots an encrypted one, or encrypts in place a database
 * made before encryption existed. Later connections of the same process need no key: Derby keeps the
 * booted database.
 */
final class DerbyEncryption {

    static final String ALGORITHM = "AES/CBC/NoPadding";

    private static final ILog LOG = ILog.of(DerbyEncryption.class);

    private DerbyEncryption() {
    }

    /** Whether the database in {@code dir} exists and is encrypted (its service properties say so). */
    static boolean isEncrypted(Path dir) throws IOException {
        Path service = dir.resolve("service.properties");
        if (!Files.isRegularFile(service)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(service)) {
            p.load(in);
        }
        return "true".equalsIgnoreCase(p.getProperty("dataEncryption"));
    }

    static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve("service.properties"));
    }

    /**
     * Opens the first connection to the database in {@code dir} with {@code key}. A database that is not
     * encrypted yet is copied to {@code backups} first, encrypted in place, and checked to hold as many rows
     * per table as before; the copy, which holds the data in clear, is then deleted. When anything fails the
     * copy is kept and named in the error.
     */
    static Connection connect(Driver driver, String url, Path dir, byte[] key, Path backups)
            throws IOException, SQLException {
        Properties attributes = new Properties();
        attributes.setProperty("encryptionKey", HexFormat.of().formatHex(key));
        // with a key given from outside, Derby does not record the algorithm: each boot names it again
        attributes.setProperty("encryptionAlgorithm", ALGORITHM);
        if (exists(dir) && isEncrypted(dir)) {
            return restricted(driver.connect(url, attributes), dir);
        }
        attributes.setProperty("dataEncryption", "true");
        if (!exists(dir)) {
            return restricted(driver.connect(url, attributes), dir);
        }
        Path backup = backup(dir, backups);
        Map<String, Long> before = counts(driver, url, new Properties());
        shutdown(driver, url);
        Connection c = driver.connect(url, attributes);
        try {
            Map<String, Long> after = counts(c);
            if (!after.equals(before)) {
                throw new SQLException(NLS.bind(Messages.Encryption_countsDiffer, backup));
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        delete(backup);
        LOG.info(NLS.bind(Messages.Encryption_done, before.size()));
        return restricted(c, dir);
    }

    /** The key check file, which Derby writes with the umask's permissions, made its owner's alone. */
    private static Connection restricted(Connection c, Path dir) throws IOException {
        Path verifyKey = dir.resolve("verifyKey.dat");
        if (Files.exists(verifyKey)) {
            OwnerOnly.file(verifyKey);
        }
        return c;
    }

    /** A cold copy of the database folder (it is not booted yet) into an owner-only folder. */
    private static Path backup(Path dir, Path backups) throws IOException {
        Path target = OwnerOnly.folder(backups).resolve("before-encryption-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.toList();
        }
        for (Path source : files) {
            Path copy = target.resolve(dir.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return target;
    }

    private static void delete(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = new ArrayList<>(walk.toList());
        }
        java.util.Collections.reverse(files);
        for (Path p : files) {
            Files.delete(p);
        }
    }

    private static Map<String, Long> counts(Driver driver, String url, Properties attributes) throws SQLException {
        try (Connection c = driver.connect(url, attributes)) {
            return counts(c);
        }
    }

    /** Rows per user table, by schema and table name. */
    static Map<String, Long> counts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t"
                        + " JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID WHERE t.TABLETYPE = 'T'")) {
            while (r.next()) {
                tables.add('"' + r.getString(1) + "\".\"" + r.getString(2) + '"');
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                r.next();
                counts.put(table, r.getLong(1));
            }
        }
        return counts;
    }

    static void shutdown(Driver driver, String url) throws SQLException {
        int semi = url.indexOf(';');
        String plain = semi < 0 ? url : url.substring(0, semi);
        try (Connection c = driver.connect(plain + ";shutdown=true", new Properties())) {
            throw new SQLException(plain, "08006"); // a successful shutdown always throws
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState()) || e.getMessage().equals(plain)) {
                throw e;
            }
        }
    }
}
