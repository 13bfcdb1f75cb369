package org.homeward.cases.ui.editor.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.editor.HistoryVocabulary;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.ui.Rows;

/**
 * The history page: the case's audit trail in plain words (who, when, which record, what changed from
 * what to what), oldest first; a virtual table, filled as rows are shown.
 */
final class HistoryPage {

    /** Dates as everywhere in the workbench (day first), whatever the language. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(ZoneId.systemDefault());

    private final CaseEditorContext context;
    private final CaseService cases;
    private final HouseholdService households;
    private final Supplier<List<HistoryVocabulary>> vocabularies;
    private Table table;
    private Rows<Line> entries;

    /** One entry, in words. */
    record Line(String when, String who, String record, String action, String change) {
    }

    HistoryPage(CaseEditorContext context, CaseService cases, HouseholdService households,
            Supplier<List<HistoryVocabulary>> vocabularies) {
        this.context = context;
        this.cases = cases;
        this.households = households;
        this.vocabularies = vocabularies;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        entries = new Rows<>(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL, List.of(
                new Rows.Column<>(Messages.Column_when, 120, Line::when),
                new Rows.Column<>(Messages.Column_change, 360, Line::change),
                new Rows.Column<>(Messages.Column_entity, 170, Line::record),
                new Rows.Column<>(Messages.Column_user, 100, Line::who),
                new Rows.Column<>(Messages.Column_action, 100, Line::action)));
        table = entries.table();
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 300).applyTo(table);
        // read again on a change only when looked at (the editor reads it when the page is shown)
        context.onChange(() -> {
            if (table.isVisible()) {
                reload();
            }
        });
        reload();
        return page;
    }

    void reload() {
        List<HistoryVocabulary> words = new ArrayList<>();
        words.add(new CasesVocabulary());
        words.addAll(vocabularies.get());
        long caseId = context.caseId();
        EditorWork.load(Messages.Editor_job, table, () -> {
            Map<Long, String> names = new HashMap<>();
            for (Person p : households.members(caseId)) {
                names.put(p.getId(), p.getGivenNames() + " " + p.getFamilyName());
            }
            HistoryText text = new HistoryText(words, names);
            return cases.auditTrail(caseId).stream().map(e -> new Line(WHEN.format(e.getAt()), e.getUserName(),
                    text.record(e), text.action(e), text.change(e))).toList();
        }, entries::show);
    }
}
