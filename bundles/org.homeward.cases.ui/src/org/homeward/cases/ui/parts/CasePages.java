package org.homeward.cases.ui.parts;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.service.CaseService;
import org.homeward.ui.Background;
import org.homeward.cases.ui.internal.Messages;

/**
 * The rows behind the virtual case table, read a page at a time in background jobs and kept in a
 * small least-recently-used cache. Only the UI thread calls its methods; jobs hand results back
 * through {@link UISynchronize}.
 */
final class CasePages {

    static final int PAGE_SIZE = 100;
    private static final int CACHED_PAGES = 40;

    /** What the table must do when data arrives or fails. */
    interface Listener {

        void countChanged(long count);

        void rowsArrived(int firstIndex, int lastIndex);

        /** Reading failed (logged); {@code message} says why, for the user. */
        void failed(String message);
    }

    private final UISynchronize ui;
    private final Listener listener;
    private final Map<Integer, List<CaseRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<CaseRow>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    /** The rows read before a refresh under the same filter, shown until their page is read again. */
    private final Map<Integer, List<CaseRow>> stale = new java.util.HashMap<>();
    private CaseService service;
    private CaseFilter filter = CaseFilter.ALL;
    private int generation;
    private Job countJob;

    CasePages(UISynchronize ui, Listener listener) {
        this.ui = ui;
        this.listener = listener;
    }

    void setService(CaseService service) {
        this.service = service;
        reload(filter);
    }

    boolean hasService() {
        return service != null;
    }

    /**
     * Counts again under {@code newFilter} and reads its rows afresh. Under the same filter (another
     * screen changed a case) the rows read before are shown until the new ones arrive, so that the
     * list neither blinks nor loses the row the user is about to open; under another filter they are
     * forgotten at once.
     */
    void reload(CaseFilter newFilter) {
        stale.clear();
        if (newFilter.equals(filter)) {
            stale.putAll(pages);
        }
        filter = newFilter;
        generation++;
        pages.clear();
        loading.clear();
        CaseService s = service;
        if (s == null) {
            return;
        }
        if (countJob != null) {
            countJob.cancel();
        }
        int gen = generation;
        CaseFilter f = filter;
        countJob = Background.read(Messages.CaseList_jobCount, ui::asyncExec, () -> s.count(f), count -> {
            if (gen == generation) {
                listener.countChanged(count);
            }
        }, failure -> listener.failed(failure.message()));
    }

    /** The row at {@code index}, or null while its page is being read (the table is told when it arrives). */
    CaseRow row(int index) {
        int page = index / PAGE_SIZE;
        List<CaseRow> rows = pages.get(page);
        if (rows != null) {
            return index % PAGE_SIZE < rows.size() ? rows.get(index % PAGE_SIZE) : null;
        }
        if (service != null && loading.add(page)) {
            load(page);
        }
        List<CaseRow> before = stale.get(page);
        return before != null && index % PAGE_SIZE < before.size() ? before.get(index % PAGE_SIZE) : null;
    }

    private void load(int page) {
        CaseService s = service;
        CaseFilter f = filter;
        int gen = generation;
        Background.read(Messages.CaseList_jobPage, ui::asyncExec, () -> s.page(f, page * PAGE_SIZE, PAGE_SIZE),
                rows -> {
                    if (gen != generation) {
                        return;
                    }
                    loading.remove(page);
                    stale.remove(page);
                    pages.put(page, rows);
                    if (!rows.isEmpty()) {
                        listener.rowsArrived(page * PAGE_SIZE, page * PAGE_SIZE + rows.size() - 1);
                    }
                }, failure -> listener.failed(failure.message()));
    }
}
