package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    @TempDir
    Path dir;

    private final Map<String, String> props = new HashMap<>();

    private DatabaseSettings resolve() throws Exception {
        return DatabaseSettings.resolve(props::get);
    }

    @Test
    void defaultIsEmbeddedDerbyUnderHomewardInTheHomeDirectory() throws Exception {
        DatabaseSettings s = resolve();

        assertEquals(Path.of(System.getProperty("user.home"), ".homeward"), s.dataDirectory());
        assertTrue(s.isEmbeddedDerby());
        assertTrue(s.url().endsWith(".homeward/database;create=true"), s.url());
    }

    @Test
    void dataOptionOfTheWorkbenchMovesTheData() throws Exception {
        props.put("osgi.instance.area", dir.toUri().toString());

        assertEquals(dir, resolve().dataDirectory());
        assertEquals("jdbc:derby:" + dir.resolve("database"), resolve().displayUrl());
    }

    @Test
    void dataDirPropertyWinsOverTheInstanceArea() throws Exception {
        props.put("osgi.instance.area", dir.resolve("ignored").toUri().toString());
        props.put(DatabaseSettings.DATA_DIR, dir.toString());

        assertEquals(dir, resolve().dataDirectory());
    }

    @Test
    void connectionComesFromTheDataDirectoryFileAndPropertiesOverrideIt() throws Exception {
        props.put(DatabaseSettings.DATA_DIR, dir.toString());
        Files.writeString(dir.resolve("homeward.properties"), """
                jdbc.url = jdbc:postgresql://db.office.local/homeward
                jdbc.user = homeward
                jdbc.password = secret
                jdbc.driver = org.postgresql.Driver
                """);

        DatabaseSettings fromFile = resolve();
        assertEquals("jdbc:postgresql://db.office.local/homeward", fromFile.url());
        assertEquals("homeward", fromFile.user());
        assertEquals("org.postgresql.Driver", fromFile.driverClass());
        assertFalse(fromFile.isEmbeddedDerby());

        props.put("homeward.jdbc.user", "operations");
        assertEquals("operations", resolve().user());
    }

    @Test
    void derbyNetworkServerIsNotEmbedded() throws Exception {
        props.put("homeward.jdbc.url", "jdbc:derby://localhost:1527/homeward");
        props.put("homeward.jdbc.driver", "org.apache.derby.client.ClientAutoloadedDriver");

        assertFalse(resolve().isEmbeddedDerby());
    }
}
