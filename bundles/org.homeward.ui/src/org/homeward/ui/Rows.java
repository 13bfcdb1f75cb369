package org.homeward.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A table of rows on a JFace {@link TableViewer}: one column per {@link Column}, its text (and, when
 * given, its colour) from the row, the rows handed over as a list. The selection is the row itself.
 * A table made {@link SWT#VIRTUAL} gets a lazy content provider: only the rows on screen get items.
 *
 * @param <T> the rows
 */
public final class Rows<T> {

    private Comparator<T> order;

    /**
     * A column: its header, width in pixels, the text of a row in it, and its colour (null for the
     * table's own).
     */
    public record Column<T>(String header, int width, Function<T, String> text, Function<T, Color> colour) {

        public Column(String header, int width, Function<T, String> text) {
            this(header, width, text, null);
        }
    }

    private final TableViewer viewer;
    private List<T> rows = List.of();
    private Function<T, ?> key = Function.identity();

    public Rows(Composite parent, int style, List<Column<T>> columns) {
        this(new TableViewer(parent, style), columns);
    }

    /** On a viewer made by the caller (a check-box viewer, say). */
    public Rows(TableViewer viewer, List<Column<T>> columns) {
        this.viewer = viewer;
        if ((viewer.getTable().getStyle() & SWT.VIRTUAL) != 0) {
            viewer.setUseHashlookup(true);
            viewer.setContentProvider((ILazyContentProvider) index -> {
                if (index < rows.size()) {
                    viewer.replace(rows.get(index), index);
                }
            });
        } else {
            viewer.setContentProvider(ArrayContentProvider.getInstance());
        }
        viewer.getTable().setHeaderVisible(columns.stream().anyMatch(c -> !c.header().isEmpty()));
        viewer.getTable().setLinesVisible(true);
        for (Column<T> c : columns) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
            column.getColumn().setText(c.header());
            column.getColumn().setWidth(Math.max(c.width(), headerWidth(c.header())));
            column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), c));
            column.setLabelProvider(new ColumnLabelProvider() {

                @Override
                @SuppressWarnings("unchecked")
                public String getText(Object element) {
                    String text = c.text().apply((T) element);
                    return text == null ? "" : text;
                }

                @Override
                @SuppressWarnings("unchecked")
                public Color getForeground(Object element) {
                    return c.colour() == null ? null : c.colour().apply((T) element);
                }
            });
        }
    }

    /** The width a header needs to show whole (with room for the sort arrow). */
    private int headerWidth(String header) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTable());
        try {
            return gc.textExtent(header).x + 32;
        } finally {
            gc.dispose();
        }
    }

    /**
     * Widens each column to its content the first time rows show (a list that is not virtual: every
     * row has its item), never narrower than its header.
     */
    private void fitColumns() {
        Table table = viewer.getTable();
        if (fitted || rows.isEmpty() || (table.getStyle() & SWT.VIRTUAL) != 0) {
            return;
        }
        fitted = true;
        for (TableColumn column : table.getColumns()) {
            int before = column.getWidth();
            column.pack();
            column.setWidth(Math.min(Math.max(before, column.getWidth()), 600));
        }
    }

    private boolean fitted;

    /**
     * Sorts the rows by a column's text, as a click on its header asks (a second click reverses):
     * dates written day first and numbers sort as such, words in the language's order.
     */
    private void sortBy(TableColumn column, Column<T> c) {
        Table table = viewer.getTable();
        boolean up = table.getSortColumn() != column || table.getSortDirection() != SWT.UP;
        table.setSortColumn(column);
        table.setSortDirection(up ? SWT.UP : SWT.DOWN);
        Comparator<T> byText = Comparator.comparing(r -> SortKey.of(c.text().apply(r)));
        order = up ? byText : byText.reversed();
        show(rows);
    }

    /** What identifies a row across reloads (its record's id, say), for keeping it selected. */
    @SuppressWarnings("unchecked")
    public Rows<T> keyedBy(Function<T, ?> rowKey) {
        this.key = rowKey;
        // the viewer itself then sees a reloaded row as the same row: no empty selection in between
        viewer.setComparer(new org.eclipse.jface.viewers.IElementComparer() {

            @Override
            public boolean equals(Object a, Object b) {
                if (a instanceof List || b instanceof List) {
                    return a == b; // the viewer's input, not a row
                }
                return java.util.Objects.equals(rowKey.apply((T) a), rowKey.apply((T) b));
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof List
                        ? System.identityHashCode(element)
                        : java.util.Objects.hashCode(rowKey.apply((T) element));
            }
        });
        return this;
    }

    /** Shows {@code newRows}, keeping the selected rows selected when they are still there. */
    @SuppressWarnings("unchecked")
    public void show(List<T> newRows) {
        List<Object> chosen = ((List<T>) viewer.getStructuredSelection().toList()).stream().map(key::apply)
                .map(Object.class::cast).toList();
        List<T> sorted = new java.util.ArrayList<>(newRows);
        if (order != null) {
            sorted.sort(order);
        }
        rows = List.copyOf(sorted);
        viewer.setInput(rows);
        if (viewer.getContentProvider() instanceof ILazyContentProvider) {
            viewer.setItemCount(rows.size());
            viewer.getTable().clearAll();
        }
        fitColumns();
        if (!chosen.isEmpty()) {
            java.util.Set<Object> keys = new java.util.HashSet<>(chosen);
            List<T> again = rows.stream().filter(r -> keys.contains(key.apply(r))).toList();
            if (!again.isEmpty()) {
                viewer.setSelection(new StructuredSelection(again), true);
            }
        }
    }

    public List<T> rows() {
        return rows;
    }

    /** The row chosen, or null. */
    @SuppressWarnings("unchecked")
    public T selected() {
        return (T) viewer.getStructuredSelection().getFirstElement();
    }

    public void select(T row) {
        viewer.setSelection(row == null ? StructuredSelection.EMPTY : new StructuredSelection(row), true);
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Table table() {
        return viewer.getTable();
    }
}
