package org.homeward.tests.ui.driver;

import java.util.Collection;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * A NatTable grid made of a column header over a body (a {@link CompositeLayer}, a grid layer
 * included): cells are read from the body's data layer, as the grid paints them; rows are opened by
 * a double click at their place on screen.
 */
public class BotNatTable extends AbstractBotWidget<NatTable> {

    public BotNatTable(NatTable table) {
        super(table);
    }

    static DataLayer dataLayer(NatTable table, String region) {
        ILayer layer = table.getLayer();
        if (layer instanceof CompositeLayer composite) {
            layer = composite.getChildLayerByRegionName(region);
        }
        while (layer != null && !(layer instanceof DataLayer)) {
            Collection<ILayer> under = layer.getUnderlyingLayersByColumnPosition(0);
            layer = under == null || under.isEmpty() ? null : under.iterator().next();
        }
        if (layer == null) {
            throw new IllegalStateException("no data layer under the " + region + " region of " + table);
        }
        return (DataLayer) layer;
    }

    /** The headers' texts, every column (not only those on screen). */
    static String[] headers(NatTable table) {
        DataLayer header = dataLayer(table, GridRegion.COLUMN_HEADER);
        String[] names = new String[header.getColumnCount()];
        for (int c = 0; c < names.length; c++) {
            names[c] = String.valueOf(header.getDataValueByPosition(c, 0));
        }
        return names;
    }

    /** Rows of the body's data (all of them, not only those painted). */
    public int rowCount() {
        return sync(() -> dataLayer(widget, GridRegion.BODY).getRowCount());
    }

    public int columnCount() {
        return sync(() -> dataLayer(widget, GridRegion.BODY).getColumnCount());
    }

    /** The text of a body cell, as the grid would paint it; null past the last row. */
    public String cell(int row, int column) {
        return sync(() -> {
            DataLayer body = dataLayer(widget, GridRegion.BODY);
            if (row >= body.getRowCount()) {
                return null;
            }
            Object value = body.getDataValueByPosition(column, row);
            return value == null ? "" : value.toString();
        });
    }

    /** The index of the column with this header, or -1. */
    public int columnIndex(String header) {
        return sync(() -> java.util.Arrays.asList(headers(widget)).indexOf(header));
    }

    /** The index of the first row whose cell in {@code column} reads {@code text}, or -1. */
    public int indexOf(String text, int column) {
        return sync(() -> {
            DataLayer body = dataLayer(widget, GridRegion.BODY);
            for (int i = 0; i < body.getRowCount(); i++) {
                if (text.equals(String.valueOf(body.getDataValueByPosition(column, i)))) {
                    return i;
                }
            }
            return -1;
        });
    }

    /** Double-clicks a row on screen (it must be visible), as a user opening it would. */
    public BotNatTable doubleClick(int row) {
        int[] xy = sync(() -> {
            for (int position = 0; position < widget.getRowCount(); position++) {
                int y = widget.getStartYOfRowPosition(position) + widget.getRowHeightByPosition(position) / 2;
                int x = widget.getStartXOfColumnPosition(0) + 4;
                LabelStack regions = widget.getRegionLabelsByXY(x, y);
                if (regions != null && regions.hasLabel(GridRegion.BODY)
                        && widget.getRowIndexByPosition(position) == row) {
                    return new int[]{x, y};
                }
            }
            return null;
        });
        if (xy == null) {
            throw new AssertionError("row " + row + " is not on screen");
        }
        async(() -> {
            int[] types = {SWT.MouseDown, SWT.MouseUp, SWT.MouseDown, SWT.MouseDoubleClick, SWT.MouseUp};
            int[] counts = {1, 1, 2, 2, 2};
            for (int i = 0; i < types.length; i++) {
                Event e = new Event();
                e.x = xy[0];
                e.y = xy[1];
                e.button = 1;
                e.count = counts[i];
                widget.notifyListeners(types[i], e);
            }
        });
        return this;
    }
}
