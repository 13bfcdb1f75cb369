package org.homeward.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.UnaryOperator;

import org.homeward.common.files.DataDirectory;

/**
 * Where the data lives and how to connect. The data directory is, in order: the property
 * {@code homeward.data.dir}; the instance area given with {@code -data}; {@code ~/.homeward}.
 * Connection settings come from {@code homeward.jdbc.url|user|password|driver} properties, else
 * from {@code homeward.properties} in the data directory (keys {@code jdbc.url} ...), else embedded
 * Derby in {@code <data>/database}.
 */
public record DatabaseSettings(Path dataDirectory, String url, String user, String password, String driverClass) {

    public static final String DATA_DIR = DataDirectory.PROPERTY;

    static final String DERBY_DRIVER = "org.apache.derby.jdbc.EmbeddedDriver";

    /** Resolves settings from {@code properties} (framework or system properties). */
    public static DatabaseSettings resolve(UnaryOperator<String> properties) throws IOException {
        Path data = dataDirectory(properties);
        Properties file = new Properties();
        Path config = data.resolve("homeward.properties");
        if (Files.isRegularFile(config)) {
            try (InputStream in = Files.newInputStream(config)) {
                file.load(in);
            }
        }
        UnaryOperator<String> get = key -> {
            String v = properties.apply("homeward." + key);
            return v != null ? v : file.getProperty(key);
        };
        String url = get.apply("jdbc.url");
        if (url == null || url.isBlank()) {
            return embeddedDerby(data);
        }
        String driver = get.apply("jdbc.driver");
        return new DatabaseSettings(data, url, get.apply("jdbc.user"), get.apply("jdbc.password"),
                driver != null ? driver : DERBY_DRIVER);
    }

    /** Embedded Derby under {@code data}, created on first use. */
    public static DatabaseSettings embeddedDerby(Path data) {
        String path = data.resolve("database").toAbsolutePath().toString().replace('\\', '/');
        return new DatabaseSettings(data, "jdbc:derby:" + path + ";create=true", null, null, DERBY_DRIVER);
    }

    static Path dataDirectory(UnaryOperator<String> properties) {
        return DataDirectory.resolve(properties);
    }

    /** The same database with {@code secret} as the password (a server's, from the secure storage). */
    public DatabaseSettings withPassword(String secret) {
        return new DatabaseSettings(dataDirectory, url, user, secret, driverClass);
    }

    public boolean isEmbeddedDerby() {
        return url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
    }

    /** Where embedded Derby keeps the database: the URL's path. */
    public Path derbyDirectory() {
        return Path.of(displayUrl().substring("jdbc:derby:".length()));
    }

    /** The URL without attributes or options (Derby's {@code ;...}, a server's {@code ?...}), for messages and Derby shutdown. */
    public String displayUrl() {
        int end = url.length();
        for (char c : new char[]{';', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(0, end);
    }
}
