package org.homeward.cases.ui.parts;

import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/**
 * The case list's grid (NatTable): it asks for the cells on screen only, so that 200,000 cases cost
 * no more than a screenful; rows not read yet show an ellipsis until their page arrives. A double
 * click or Enter on a row opens the case.
 */
final class CaseGrid {

    private static final int[] WIDTHS = {130, 140, 140, 140, 70, 110, 130, 100, 130};

    private final NatTable natTable;
    private final DataLayer body;
    private final SelectionLayer selection;
    private final IntFunction<CaseRow> rows;
    private int rowCount;

    /**
     * @param rows the row at an index, or null while it is being read
     * @param open what opening a row does
     */
    CaseGrid(Composite parent, IntFunction<CaseRow> rows, Consumer<CaseRow> open) {
        this.rows = rows;
        String[] names = Labels.columns();
        body = new DataLayer(new IDataProvider() {

            @Override
            public Object getDataValue(int column, int row) {
                CaseRow r = CaseGrid.this.rows.apply(row);
                if (r == null) {
                    return column == 0 ? Messages.CaseList_loading : "";
                }
                return Labels.cells(r)[column];
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException("the case list is read-only");
            }

            @Override
            public int getColumnCount() {
                return names.length;
            }

            @Override
            public int getRowCount() {
                return rowCount;
            }
        });
        for (int i = 0; i < WIDTHS.length; i++) {
            body.setColumnWidthByPosition(i, WIDTHS[i]);
        }
        selection = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selection);
        DataLayer headerData = new DataLayer(new DefaultColumnHeaderDataProvider(names));
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selection);
        CompositeLayer grid = new CompositeLayer(1, 2);
        grid.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
        grid.setChildLayer(GridRegion.BODY, viewport, 0, 1);
        natTable = new NatTable(parent, SWT.BORDER | SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL
                | SWT.H_SCROLL, grid);
        natTable.addListener(SWT.MouseDoubleClick, e -> {
            CaseRow row = rowAt(e.x, e.y);
            if (row != null) {
                open.accept(row);
            }
        });
        natTable.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                PositionCoordinate anchor = selection.getSelectionAnchor();
                if (anchor != null && anchor.getRowPosition() >= 0) {
                    CaseRow row = rows.apply(selection.getRowIndexByPosition(anchor.getRowPosition()));
                    if (row != null) {
                        open.accept(row);
                    }
                }
            }
        });
    }

    private CaseRow rowAt(int x, int y) {
        LabelStack regions = natTable.getRegionLabelsByXY(x, y);
        if (regions == null || !regions.hasLabel(GridRegion.BODY)) {
            return null;
        }
        int position = natTable.getRowPositionByY(y);
        return position < 0 ? null : rows.apply(natTable.getRowIndexByPosition(position));
    }

    NatTable control() {
        return natTable;
    }

    /** A new number of rows: every row is read again. */
    void setRowCount(long count) {
        rowCount = (int) Math.min(count, Integer.MAX_VALUE);
        selection.clear();
        body.fireLayerEvent(new RowStructuralRefreshEvent(body));
    }

    /** Rows arrived: the grid paints them. */
    void refresh() {
        natTable.redraw();
    }
}
