package org.homeward.persistence.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/** Puts schema contributions in the order their scripts must run: each after those it requires. */
final class Contributions {

    private Contributions() {
    }

    static List<SchemaContribution> ordered(List<SchemaContribution> contributions) throws MigrationException {
        Map<String, SchemaContribution> byName = new LinkedHashMap<>();
        for (SchemaContribution c : contributions.stream()
                .sorted(java.util.Comparator.comparing(SchemaContribution::name)).toList()) {
            if (byName.put(c.name(), c) != null) {
                throw new MigrationException(NLS.bind(Messages.Contribution_duplicate, c.name()), null);
            }
        }
        List<SchemaContribution> result = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (SchemaContribution c : byName.values()) {
            visit(c, byName, done, new HashSet<>(), result);
        }
        return result;
    }

    private static void visit(SchemaContribution c, Map<String, SchemaContribution> byName, Set<String> done,
            Set<String> path, List<SchemaContribution> result) throws MigrationException {
        if (done.contains(c.name())) {
            return;
        }
        if (!path.add(c.name())) {
            throw new MigrationException(NLS.bind(Messages.Contribution_cycle, c.name()), null);
        }
        for (String required : c.requires()) {
            SchemaContribution r = byName.get(required);
            if (r == null) {
                throw new MigrationException(NLS.bind(Messages.Contribution_missing, c.name(), required), null);
            }
            visit(r, byName, done, path, result);
        }
        path.remove(c.name());
        done.add(c.name());
        result.add(c);
    }
}
