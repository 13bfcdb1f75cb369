package org.homeward.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The persistence bundle names no area: it imports no Homeward package, and none of its files
 * names a table or an entity that an area (or a plugin) contributes. Read from the source tree,
 * so that a name added anywhere in the bundle fails the build.
 */
class PersistenceKnowsNoAreaTest {

    private static final Pattern TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(\\w+)");
    private static final Pattern ENTITY = Pattern.compile("Homeward-Entities:((?:.*\\R?(?: .*\\R?)*))");

    private static Path bundles() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bundles/org.homeward.persistence"))) {
                return dir.resolve("bundles");
            }
        }
        throw new IllegalStateException("no bundles/ folder above " + Path.of("").toAbsolutePath());
    }

    /** The shared kernel's file helpers (owner-only folders, the data directory) are no area's. */
    @Test
    void persistenceBundleImportsNoAreaPackage() {
        Bundle persistence = FrameworkUtil.getBundle(Database.class);
        for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
            String value = persistence.getHeaders("").get(header);
            String areas = value == null ? "" : value.replace("org.homeward.common.files", "");
            assertFalse(areas.contains("org.homeward."), header + ": " + value);
        }
    }

    @Test
    void noFileOfThePersistenceBundleNamesAnAreasTableOrEntity() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(bundles())) {
            for (Path bundle : dirs.filter(d -> !d.endsWith("org.homeward.persistence")).toList()) {
                names.addAll(contributedNames(bundle));
            }
        }
        assertTrue(names.containsAll(List.of("MIGRANT_CASE", "REFERRAL", "TRAVEL_DOC_MEMBER", "MigrantCaseEntity")),
                "the areas' names are found: " + names);
        List<String> found = new ArrayList<>();
        Path persistence = bundles().resolve("org.homeward.persistence");
        try (Stream<Path> files = Files.walk(persistence)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/target/")
                    && !f.toString().contains("/bin/")).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String name : names) {
                    if (Pattern.compile("\\b" + name + "\\b").matcher(text).find()) {
                        found.add(persistence.relativize(file) + ": " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** The tables a bundle's scripts create and the simple names of the entities it declares. */
    private static Set<String> contributedNames(Path bundle) throws IOException {
        Set<String> names = new TreeSet<>();
        Path scripts = bundle.resolve("db/migration");
        if (Files.isDirectory(scripts)) {
            try (Stream<Path> files = Files.list(scripts)) {
                for (Path f : files.toList()) {
                    Matcher m = TABLE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            }
        }
        Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
        if (Files.exists(manifest)) {
            Matcher m = ENTITY.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
            if (m.find()) {
                for (String entity : m.group(1).replaceAll("\\R ", "").split(",")) {
                    String s = entity.strip();
                    if (s.contains(".") && !s.contains(":")) {
                        names.add(s.substring(s.lastIndexOf('.') + 1));
                    }
                }
            }
        }
        return names;
    }
}
