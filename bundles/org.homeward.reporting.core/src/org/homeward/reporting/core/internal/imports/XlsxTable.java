package org.homeward.reporting.core.internal.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, through FastExcel's streaming reader. A number formatted as a date
 * is given as {@code yyyy-MM-dd}; other numbers as their raw value; a formula as its last computed value.
 */
final class XlsxTable implements Table {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private final Path file;

    XlsxTable(Path file) {
        this.file = file;
    }

    @Override
    public String format() {
        return "XLSX";
    }

    @Override
    public void read(RowHandler rows) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), WITH_FORMATS);
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                if (!rows.row(row.getRowNum(), cells(row))) {
                    return;
                }
            }
        } catch (RuntimeException e) { // FastExcel reports bad XML and missing parts unchecked
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : text(cell));
        }
        return cells;
    }

    private static String text(Cell cell) {
        CellType type = cell.getType();
        if (type == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(cell.asDate());
        }
        if (type == CellType.NUMBER || type == CellType.FORMULA) {
            String raw = cell.getRawValue();
            return raw == null ? "" : raw;
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        return f.contains("d") && f.contains("y") || f.contains("m") && f.contains("y");
    }
}
