package org.homeward.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each area owns its data, read from the source tree: model bundles export views without JPA or
 * setters, screens cannot reach an entity, and no area's services query another area's tables.
 */
class ArchitectureTest {

    private static final Pattern AREA = Pattern.compile("org\\.homeward\\.(\\w+)\\.(model|core|ui)");
    private static final Pattern TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(\\w+)");
    private static final Pattern ENTITIES = Pattern.compile("Homeward-Entities:((?:.*\\R?(?: .*\\R?)*))");

    static Path bundles() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bundles/org.homeward.cases.model"))) {
                return dir.resolve("bundles");
            }
        }
        throw new IllegalStateException("no bundles/ above " + Path.of("").toAbsolutePath());
    }

    private static List<Path> bundles(String suffix) throws IOException {
        try (Stream<Path> dirs = Files.list(bundles())) {
            return dirs.filter(d -> d.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<Path> sources(Path bundle) throws IOException {
        try (Stream<Path> files = Files.walk(bundle.resolve("src"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void modelBundlesExportViewsWithoutJpaOrSetters() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> models = bundles(".model");
        assertTrue(models.size() >= 3, "the areas' model bundles: " + models);
        for (Path model : models) {
            if (read(model.resolve("META-INF/MANIFEST.MF")).contains("jakarta.persistence")) {
                found.add(model.getFileName() + " imports jakarta.persistence");
            }
            for (Path f : sources(model)) {
                String text = read(f);
                if (text.contains("jakarta.persistence") || text.contains("@Entity")) {
                    found.add(f.getFileName() + ": JPA in the model");
                }
                Matcher setter = Pattern.compile("public [\\w<>, ?\\[\\]]+ (set[A-Z]\\w*)\\(").matcher(text);
                while (setter.find()) {
                    found.add(f.getFileName() + ": public mutator " + setter.group(1));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void screensReachNoServiceImplementationNorEntity() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path ui : bundles(".ui")) {
            String manifest = read(ui.resolve("META-INF/MANIFEST.MF"));
            Matcher m = Pattern.compile("org\\.homeward\\.[\\w.]*\\.(core|internal)[\\w.]*").matcher(manifest);
            while (m.find()) {
                found.add(ui.getFileName() + " manifest: " + m.group());
            }
            for (Path f : sources(ui)) {
                Matcher i = Pattern.compile("import (org\\.homeward\\.[\\w.]*\\.core\\.[\\w.]*);").matcher(read(f));
                while (i.find()) {
                    found.add(f.getFileName() + ": " + i.group(1));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noAreaQueriesAnotherAreasTablesOrNamesItsInternals() throws IOException {
        Map<String, Set<String>> owned = new TreeMap<>(); // area -> its tables and JPA entity names
        for (Path core : bundles(".core")) {
            Matcher a = AREA.matcher(core.getFileName().toString());
            if (!a.matches()) {
                continue;
            }
            Set<String> names = owned.computeIfAbsent(a.group(1), k -> new TreeSet<>());
            Path scripts = core.resolve("db/migration");
            if (Files.isDirectory(scripts)) {
                try (Stream<Path> files = Files.list(scripts)) {
                    for (Path s : files.toList()) {
                        Matcher t = TABLE.matcher(read(s));
                        while (t.find()) {
                            names.add(t.group(1).toUpperCase());
                        }
                    }
                }
            }
            Matcher e = ENTITIES.matcher(read(core.resolve("META-INF/MANIFEST.MF")));
            if (e.find()) {
                for (String entity : e.group(1).replaceAll("\\R ", "").split(",")) {
                    String simple = entity.strip().substring(entity.strip().lastIndexOf('.') + 1);
                    names.add(simple.endsWith("Entity") ? simple.substring(0, simple.length() - 6) : simple);
                }
            }
        }
        assertTrue(owned.get("cases").containsAll(List.of("MIGRANT_CASE", "PERSON", "MigrantCase", "Person")),
                "the case area's names: " + owned.get("cases"));
        List<String> found = new ArrayList<>();
        for (Path core : bundles(".core")) {
            Matcher a = AREA.matcher(core.getFileName().toString());
            if (!a.matches()) {
                continue;
            }
            String area = a.group(1);
            for (Path f : sources(core)) {
                String text = read(f);
                for (Map.Entry<String, Set<String>> other : owned.entrySet()) {
                    if (other.getKey().equals(area)) {
                        continue;
                    }
                    if (text.contains("org.homeward." + other.getKey() + ".core")) {
                        found.add(f.getFileName() + " names " + other.getKey() + ".core");
                    }
                    for (String name : other.getValue()) {
                        if (Pattern.compile("(?i:FROM|JOIN|UPDATE|INTO)\\s+" + name + "\\b").matcher(text).find()) {
                            found.add(f.getFileName() + " queries " + other.getKey() + "'s " + name);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
