package org.homeward.reporting.model.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which field each column of the file holds: one entry per column, in the file's order; null where a
 * column is left out of the import.
 */
public record ColumnMapping(List<ImportField> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    /** The column holding {@code field}, if one does. */
    public Optional<Integer> columnOf(ImportField field) {
        int i = columns.indexOf(field);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** The same mapping with column {@code column} holding {@code field} (and no other column holding it). */
    public ColumnMapping with(int column, ImportField field) {
        List<ImportField> changed = new ArrayList<>(columns);
        if (field != null) {
            changed.replaceAll(f -> f == field ? null : f);
        }
        changed.set(column, field);
        return new ColumnMapping(changed);
    }

    /** The required fields no column holds. */
    public Set<ImportField> missing() {
        Set<ImportField> missing = EnumSet.noneOf(ImportField.class);
        for (ImportField f : ImportField.values()) {
            if (f.required() && !columns.contains(f)) {
                missing.add(f);
            }
        }
        return missing;
    }
}
