package org.homeward.reporting.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.homeward.reporting.model.ReportExport;

/** What an exported cell holds: small counts hidden when anonymised, would-be formulas neutralised. */
final class Cells {

    private Cells() {
    }

    /** A whole number, as the report tables write counts. */
    static boolean isCount(String cell) {
        return cell.matches("\\d{1,18}");
    }

    /** A number with a decimal point (a share, an amount, days). */
    static boolean isDecimal(String cell) {
        return cell.matches("-?\\d{1,15}\\.\\d{1,4}");
    }

    static List<String> row(List<String> cells, boolean anonymised) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) {
            out.add(cell(c, anonymised));
        }
        return out;
    }

    /** The row anonymised as {@link #row(List, boolean)}, and its derived cells hidden when a count is. */
    static List<String> row(List<String> cells, boolean anonymised, List<Integer> derived) {
        List<String> out = row(cells, anonymised);
        if (out.contains(ReportExport.SMALL)) {
            for (int i : derived) {
                if (i < out.size()) {
                    out.set(i, ReportExport.SMALL);
                }
            }
        }
        return out;
    }

    static String cell(String cell, boolean anonymised) {
        if (anonymised && isCount(cell)) {
            long n = Long.parseLong(cell);
            return n > 0 && n < 5 ? ReportExport.SMALL : cell;
        }
        return neutral(cell);
    }

    /**
     * A text a spreadsheet would read as a formula (=, +, -, @, tab or carriage return first) prefixed
     * with an apostrophe, as OWASP advises; numbers stay numbers.
     */
    static String neutral(String cell) {
        if (cell.isEmpty() || isCount(cell) || isDecimal(cell)) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
