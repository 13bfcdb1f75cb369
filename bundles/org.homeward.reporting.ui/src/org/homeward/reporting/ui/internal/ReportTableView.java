package org.homeward.reporting.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.homeward.reporting.model.ReportTable;
import org.homeward.ui.Rows;

/** A report's table, its columns those of the report shown; the totals row last. */
final class ReportTableView {

    private final Composite holder;
    private Rows<List<String>> rows;

    ReportTableView(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(holder);
    }

    Composite control() {
        return holder;
    }

    void show(ReportTable table) {
        if (rows != null) {
            rows.table().dispose();
        }
        List<Rows.Column<List<String>>> columns = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            columns.add(new Rows.Column<>(table.headers().get(i), i == 0 ? 200 : 90, r -> r.get(column)));
        }
        rows = new Rows<>(holder, SWT.BORDER | SWT.FULL_SELECTION, columns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows.table());
        List<List<String>> all = new ArrayList<>(table.rows());
        if (!table.totals().isEmpty()) {
            all.add(table.totals());
        }
        rows.show(all);
        holder.layout(true, true);
    }
}
