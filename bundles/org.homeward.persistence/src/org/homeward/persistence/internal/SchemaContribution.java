package org.homeward.persistence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.namespace.HostNamespace;

/**
 * What one bundle brings to the database: its entity classes and its numbered schema scripts, under
 * a name of its own, migrated after the contributions it requires. A bundle contributes by its
 * manifest:
 *
 * <pre>
 * Homeward-Schema: visits
 * Homeward-Schema-Requires: people
 * Homeward-Entities: org.example.visits.internal.Visit, org.example.visits.internal.VisitNote
 * </pre>
 *
 * with its scripts in {@code db/migration/V<n>__<what>.sql}. The persistence bundle never names a
 * contribution; it reads every installed bundle that carries these headers.
 *
 * @param name the contribution's name, the key of its rows in the schema history
 * @param requires contributions whose tables this one's scripts refer to
 * @param entityClasses the fully qualified names of its JPA entities
 * @param migrations its scripts
 * @param classLoader loads its entity classes
 */
public record SchemaContribution(String name, List<String> requires, List<String> entityClasses,
        List<Migration> migrations, ClassLoader classLoader) {

    public static final String SCHEMA = "Homeward-Schema";
    public static final String REQUIRES = "Homeward-Schema-Requires";
    public static final String ENTITIES = "Homeward-Entities";
    static final String SCRIPTS = "db/migration";

    public SchemaContribution {
        requires = List.copyOf(requires);
        entityClasses = List.copyOf(entityClasses);
        migrations = List.copyOf(migrations);
    }

    /** Whether {@code bundle} declares a contribution. */
    public static boolean declares(Bundle bundle) {
        String name = bundle.getHeaders("").get(SCHEMA);
        return name != null && !name.isBlank();
    }

    /** The contribution {@code bundle} declares; a fragment's classes load through its host. */
    public static SchemaContribution of(Bundle bundle) throws IOException {
        var headers = bundle.getHeaders("");
        return new SchemaContribution(headers.get(SCHEMA).strip(), list(headers.get(REQUIRES)),
                list(headers.get(ENTITIES)), migrations(bundle), classLoader(bundle));
    }

    private static List<String> list(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        return Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<Migration> migrations(Bundle bundle) throws IOException {
        List<Migration> result = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(SCRIPTS, "V*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                result.add(Migration.of(name, in.lines().collect(Collectors.joining("\n"))));
            }
        }
        return result;
    }

    private static ClassLoader classLoader(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0 && wiring != null) {
            for (BundleWire wire : wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE)) {
                return wire.getProviderWiring().getClassLoader();
            }
        }
        if (wiring == null || wiring.getClassLoader() == null) {
            throw new IllegalStateException(bundle.getSymbolicName() + " is not resolved");
        }
        return wiring.getClassLoader();
    }
}
