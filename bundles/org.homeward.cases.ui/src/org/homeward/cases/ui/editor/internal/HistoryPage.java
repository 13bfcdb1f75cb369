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
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
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
    private List<AuditEntry> entries = List.of();

    HistoryPage(CaseEditorContext context, CaseService cases) {
        this.context = context;
        this.cases = cases;
    }

    Composite create(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        String[] headers = {Messages.Column_when, Messages.Column_user, Messages.Column_entity, Messages.Column_action,
                Messages.Column_field, Messages.Column_old, Messages.Column_new};
        int[] widths = {130, 110, 100, 80, 110, 140, 140};
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> {
            AuditEntry a = entries.get(e.index);
            ((TableItem) e.item).setText(new String[]{WHEN.withLocale(Locale.getDefault()).format(a.getAt()),
                    a.getUserName(), a.getEntity(), a.getAction().name(), nonNull(a.getField()),
                    nonNull(a.getOldValue()),
                    nonNull(a.getNewValue())});
        });
        reload();
        return page;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    void reload() {
        EditorWork.load(Messages.Editor_job, table, () -> cases.auditTrail(context.caseId()), list -> {
            entries = list;
            table.clearAll();
            table.setItemCount(list.size());
        });
    }
}
