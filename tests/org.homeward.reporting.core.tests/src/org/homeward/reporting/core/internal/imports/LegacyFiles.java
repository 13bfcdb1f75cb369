package org.homeward.reporting.core.internal.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Legacy spreadsheets as offices keep them, written by a spreadsheet library (FastExcel's writer). */
final class LegacyFiles {

    private LegacyFiles() {
    }

    /** An XLSX: each row's cells are text, a {@link LocalDate} (a date cell) or an {@link Integer} (a number). */
    static Path xlsx(Path dir, String name, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Tableur", "1.0");
            Worksheet ws = wb.newWorksheet("Feuil1");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("dd/mm/yyyy").set();
                    } else if (v instanceof Integer n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    /** A CSV in {@code charset}, lines joined with CR LF as spreadsheets save them. */
    static Path csv(Path dir, String name, Charset charset, boolean bom, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text);
        }
        return file;
    }
}
