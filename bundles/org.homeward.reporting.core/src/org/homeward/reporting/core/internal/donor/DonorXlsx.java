package org.homeward.reporting.core.internal.donor;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.homeward.reporting.core.internal.Sheets;

/** The donor report as a workbook: a cover sheet, then one sheet per section, totals in bold. */
public final class DonorXlsx {

    private DonorXlsx() {
    }

    public static void write(List<String> cover, List<DonorSection> sections, OutputStream out) throws IOException {
        Workbook book = new Workbook(out, "Homeward", "1.0");
        Set<String> names = new HashSet<>();
        Worksheet first = book.newWorksheet(unique(cover.get(0), names));
        for (int r = 0; r < cover.size(); r++) {
            first.value(r, 0, cover.get(r));
        }
        first.style(0, 0).bold().fontSize(14).set();
        first.width(0, 90);
        for (DonorSection s : sections) {
            Worksheet sheet = book.newWorksheet(unique(s.title(), names));
            sheet.value(0, 0, s.title());
            sheet.style(0, 0).bold().fontSize(13).set();
            List<List<String>> rows = s.rows();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Sheets.value(sheet, r + 2, c, row.get(c), r > 0);
                    if (r == 0 || s.totals() && r == rows.size() - 1) {
                        sheet.style(r + 2, c).bold().set();
                    }
                }
            }
            sheet.width(0, 34);
        }
        book.finish();
    }

    /** A sheet name a spreadsheet accepts: at most 31 characters, none of {@code \ / ? * [ ] :}, unique. */
    private static String unique(String title, Set<String> taken) {
        String name = Sheets.sheetName(title); // room left for " 2"
        name = name.length() > 28 ? name.substring(0, 28).strip() : name;
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + " " + i;
        }
        return candidate;
    }
}
