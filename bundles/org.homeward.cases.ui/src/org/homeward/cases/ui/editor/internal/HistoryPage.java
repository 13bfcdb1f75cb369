package org.homeward.cases.ui.editor.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.homeward.ui.Rows;
import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.internal.Messages;

/** The history page: the case's audit trail, newest last; a virtual table, filled as rows are shown. */
final class HistoryPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final CaseEditorContext context;
    private final CaseService cases;
    private Table table;
    private Rows<AuditEntry> entries;

    HistoryPage(CaseEditorContext context, CaseService cases) {
        this.context = context;
        this.cases = cases;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        entries = new Rows<>(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL, List.of(
                new Rows.Column<>(Messages.Column_when, 130,
                        a -> WHEN.withLocale(Locale.getDefault()).format(a.getAt())),
                new Rows.Column<>(Messages.Column_user, 110, AuditEntry::getUserName),
                new Rows.Column<>(Messages.Column_entity, 100, AuditEntry::getEntity),
                new Rows.Column<>(Messages.Column_action, 80, a -> a.getAction().name()),
                new Rows.Column<>(Messages.Column_field, 110, AuditEntry::getField),
                new Rows.Column<>(Messages.Column_old, 140, AuditEntry::getOldValue),
                new Rows.Column<>(Messages.Column_new, 140, AuditEntry::getNewValue)));
        table = entries.table();
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        context.onChange(this::reload);
        reload();
        return page;
    }

    void reload() {
        EditorWork.load(Messages.Editor_job, table, () -> cases.auditTrail(context.caseId()), entries::show);
    }
}
