package org.homeward.reporting.core.internal.imports;

import java.util.List;

/** The rows of a spreadsheet's first sheet, as text, with the row numbers the spreadsheet shows. */
interface Table {

    /** What the file is, for the user: "XLSX", or "CSV (UTF-8, ;)". */
    String format();

    /** Calls {@code rows} for each row, the headers (row 1) first; stops when it answers false. */
    void read(RowHandler rows) throws java.io.IOException;

    /** One row. */
    @FunctionalInterface
    interface RowHandler {

        /** @return whether to go on */
        boolean row(int number, List<String> cells);
    }
}
