package org.homeward.reporting.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntPredicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.homeward.reporting.model.ReportExport;

/**
 * Rows written as CSV (Commons CSV: UTF-8 with its byte-order mark, semicolons, as French spreadsheets
 * open it) or XLSX (FastExcel); in the XLSX, numbers of the columns said numeric are written as numbers.
 */
public final class Sheets {

    private Sheets() {
    }

    /** @param numeric which columns hold numbers (the first row, the headers, is always text) */
    static void write(ReportExport.Format format, String title, List<List<String>> rows, IntPredicate numeric,
            OutputStream out) throws IOException {
        if (format == ReportExport.Format.CSV) {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
            printer.flush();
            return;
        }
        Workbook book = new Workbook(out, "Homeward", "1.0");
        Worksheet sheet = book.newWorksheet(sheetName(title));
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                value(sheet, r, c, row.get(c), r > 0 && numeric.test(c));
            }
        }
        book.finish();
    }

    /** Writes a cell: a count or a decimal as a number when {@code numeric}, anything else as text. */
    public static void value(Worksheet sheet, int r, int c, String cell, boolean numeric) {
        if (numeric && Cells.isCount(cell)) {
            sheet.value(r, c, Long.parseLong(cell));
        } else if (numeric && Cells.isDecimal(cell)) {
            sheet.value(r, c, new BigDecimal(cell));
        } else {
            sheet.value(r, c, cell);
        }
    }

    /** A sheet's name: at most 31 characters, none of those a spreadsheet refuses. */
    public static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
