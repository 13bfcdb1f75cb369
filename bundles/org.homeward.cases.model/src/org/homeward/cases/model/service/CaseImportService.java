package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.homeward.cases.model.ImportedHousehold;

/**
 * Registers households read from legacy spreadsheets. The import is one transaction: it saves every
 * household or none; each case is audited as created by the import, with its legacy status recorded as
 * history. Households whose key was imported before are skipped, so that importing a file twice creates
 * nothing new. Call it off the UI thread.
 *
 * @since 2.4
 */
public interface CaseImportService {

    /** The keys among {@code keys} that an earlier import saved, in one read per thousand keys. */
    @Requires(Permission.READ_CASE)
    Set<String> alreadyImported(Collection<String> keys);

    /**
     * Saves {@code households} (skipping those imported before) in one transaction.
     *
     * @param source the file's name, for the audit trail
     * @param progress told the number of households handled, after each batch
     * @param cancelled asked between batches: when it answers true, nothing is saved
     * @return what was saved
     * @throws java.util.concurrent.CancellationException cancelled: nothing saved
     */
    @Requires(Permission.EDIT_CASE)
    Outcome importHouseholds(List<ImportedHousehold> households, String source, IntConsumer progress,
            BooleanSupplier cancelled);

    /**
     * What an import saved.
     *
     * @param cases the cases created
     * @param persons the persons created (principals and members)
     * @param skipped households skipped because an earlier import saved them
     * @param caseNumbers the numbers of the cases created, in the order of the households
     */
    record Outcome(int cases, int persons, int skipped, List<String> caseNumbers) {
    }
}
