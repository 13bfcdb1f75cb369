package org.homeward.tests.ui.driver;

import org.eclipse.swt.widgets.Table;

/** A table, virtual or not: rows are read as the user sees them. */
public class BotTable extends AbstractBotWidget<Table> {

    public BotTable(Table table) {
        super(table);
    }

    /** Rows the table holds (for a virtual table, the count it was given, not the rows painted). */
    public int rowCount() {
        return sync(widget::getItemCount);
    }

    public int columnCount() {
        return sync(widget::getColumnCount);
    }

    /** The text of a cell; asking for a row of a virtual table makes the table fetch it. */
    public String cell(int row, int column) {
        return sync(() -> row < widget.getItemCount() ? widget.getItem(row).getText(column) : null);
    }

    /** Clicks a column's header, as the user does to sort the rows by it. */
    public BotTable clickHeader(String header) {
        sync(() -> {
            for (org.eclipse.swt.widgets.TableColumn column : widget.getColumns()) {
                if (column.getText().equals(header)) {
                    column.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                    return null;
                }
            }
            throw new WidgetNotFoundException("no column '" + header + "'");
        });
        return this;
    }

    /** The texts of one column, top to bottom. */
    public java.util.List<String> column(int column) {
        return sync(() -> {
            java.util.List<String> texts = new java.util.ArrayList<>();
            for (int i = 0; i < widget.getItemCount(); i++) {
                texts.add(widget.getItem(i).getText(column));
            }
            return texts;
        });
    }

    /** Selects a row, as a click on it does. */
    public BotTable select(int row) {
        sync(() -> {
            widget.setSelection(row);
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.item = widget.getItem(row);
            widget.notifyListeners(org.eclipse.swt.SWT.Selection, event);
            return null;
        });
        return this;
    }

    /** Ticks the check box of a row (a table made with SWT.CHECK), as a click on the box does. */
    public BotTable check(int row) {
        sync(() -> {
            widget.getItem(row).setChecked(true);
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.item = widget.getItem(row);
            event.detail = org.eclipse.swt.SWT.CHECK;
            widget.notifyListeners(org.eclipse.swt.SWT.Selection, event);
            return null;
        });
        return this;
    }

    /** Whether the row's check box is ticked, as SWTBot's {@code SWTBotTableItem.isChecked()}. */
    public boolean isChecked(int row) {
        return sync(() -> widget.getItem(row).getChecked());
    }

    /** Selects a row and double-clicks it (default selection), as a user opening it would. */
    public BotTable doubleClick(int row) {
        async(() -> {
            widget.setSelection(row);
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.item = widget.getItem(row);
            widget.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, event);
        });
        return this;
    }

    /** Selects several rows, as clicks with Ctrl held do (a table made with SWT.MULTI). */
    public BotTable select(int... rows) {
        sync(() -> {
            widget.setSelection(rows);
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.item = widget.getItem(rows[rows.length - 1]);
            widget.notifyListeners(org.eclipse.swt.SWT.Selection, event);
            return null;
        });
        return this;
    }

    /** Unticks the check box of a row, as a click on a ticked box does. */
    public BotTable uncheck(int row) {
        sync(() -> {
            widget.getItem(row).setChecked(false);
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.item = widget.getItem(row);
            event.detail = org.eclipse.swt.SWT.CHECK;
            widget.notifyListeners(org.eclipse.swt.SWT.Selection, event);
            return null;
        });
        return this;
    }

    /** The index of the first row whose cell in {@code column} reads {@code text}, or -1. */
    public int indexOf(String text, int column) {
        return sync(() -> {
            for (int i = 0; i < widget.getItemCount(); i++) {
                if (text.equals(widget.getItem(i).getText(column))) {
                    return i;
                }
            }
            return -1;
        });
    }

    /** The index of the first column with this header. */
    public int columnIndex(String header) {
        return sync(() -> {
            for (int i = 0; i < widget.getColumnCount(); i++) {
                if (widget.getColumn(i).getText().equals(header)) {
                    return i;
                }
            }
            throw new WidgetNotFoundException("no column '" + header + "'");
        });
    }
}
