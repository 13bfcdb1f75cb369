package org.homeward.ui;

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

/**
 * A table of rows on a JFace {@link TableViewer}: one column per {@link Column}, its text (and, when
 * given, its colour) from the row, the rows handed over as a list. The selection is the row itself.
 * A table made {@link SWT#VIRTUAL} gets a lazy content provider: only the rows on screen get items.
 *
 * @param <T> the rows
 */
public final class Rows<T> {

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
            column.getColumn().setWidth(c.width());
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

    /** What identifies a row across reloads (its record's id, say), for keeping it selected. */
    public Rows<T> keyedBy(Function<T, ?> rowKey) {
        this.key = rowKey;
        return this;
    }

    /** Shows {@code newRows}, keeping the selected row selected when it is still there. */
    public void show(List<T> newRows) {
        T chosen = selected();
        rows = List.copyOf(newRows);
        viewer.setInput(rows);
        if (viewer.getContentProvider() instanceof ILazyContentProvider) {
            viewer.setItemCount(rows.size());
        }
        if (chosen != null) {
            Object was = key.apply(chosen);
            rows.stream().filter(r -> java.util.Objects.equals(key.apply(r), was)).findFirst()
                    .ifPresent(r -> viewer.setSelection(new StructuredSelection(r), true));
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
