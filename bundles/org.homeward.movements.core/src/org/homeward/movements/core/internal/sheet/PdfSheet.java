package org.homeward.movements.core.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes a {@link Sheet} as an A4 PDF with an embedded Unicode font (DejaVu Sans, shipped in
 * {@code fonts/}). Every run of text sits in a table cell with its run direction, which is where
 * OpenPDF shapes Arabic and orders it right to left.
 */
public final class PdfSheet {

    private static final float BODY = 10f;
    private static volatile byte[] fontBytes;

    private PdfSheet() {
    }

    public static byte[] write(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            Document doc = new Document(sheet.blocks().stream().anyMatch(b -> b instanceof Sheet.Table t
                    && t.headers().size() > 8) ? PageSize.A4.rotate() : PageSize.A4, 42, 42, 42, 42);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            int direction = sheet.rtl() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
            writer.setRunDirection(direction);
            doc.addTitle(sheet.title());
            doc.open();
            BaseFont base = font();
            Font text = new Font(base, BODY);
            Font bold = new Font(base, BODY + 3, Font.BOLD);
            Font small = new Font(base, BODY - 2f);
            doc.add(cells(direction, 12, cell(sheet.title(), bold, direction)));
            for (Sheet.Block block : sheet.blocks()) {
                doc.add(switch (block) {
                    case Sheet.Heading h -> cells(direction, 4, cell(h.text(), new Font(base, BODY + 1, Font.BOLD),
                            direction));
                    case Sheet.Paragraph p -> cells(direction, 8, cell(p.text(), text, direction));
                    case Sheet.Pair p -> cells(PdfWriter.RUN_DIRECTION_LTR, 8,
                            cell(p.left(), text, PdfWriter.RUN_DIRECTION_LTR),
                            cell(p.right(), text, PdfWriter.RUN_DIRECTION_RTL));
                    case Sheet.Table t -> table(t, small, direction);
                    case Sheet.Signatures s -> signatures(s, text, direction);
                });
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static BaseFont font() throws IOException, DocumentException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = PdfSheet.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                if (in == null) {
                    throw new IOException("fonts/DejaVuSans.ttf is missing from the bundle");
                }
                bytes = in.readAllBytes();
                fontBytes = bytes;
            }
        }
        return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    }

    private static PdfPCell cell(String text, Font font, int direction) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setRunDirection(direction);
        cell.setLeading(0, 1.4f); // room for Arabic marks and accents between lines
        cell.setHorizontalAlignment(Element.ALIGN_JUSTIFIED);
        cell.setPaddingRight(6);
        cell.setPaddingLeft(6);
        return cell;
    }

    /** Borderless cells side by side, full width. */
    private static PdfPTable cells(int direction, float after, PdfPCell... cells) {
        PdfPTable t = new PdfPTable(cells.length);
        t.setWidthPercentage(100);
        t.setRunDirection(direction);
        for (PdfPCell c : cells) {
            c.setPaddingBottom(after);
            t.addCell(c);
        }
        return t;
    }

    private static PdfPTable table(Sheet.Table table, Font font, int direction) {
        PdfPTable t = new PdfPTable(table.headers().size());
        t.setWidthPercentage(100);
        t.setRunDirection(direction);
        t.setSpacingAfter(10);
        t.setHeaderRows(1);
        for (String header : table.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font));
            cell.setRunDirection(direction);
            cell.setGrayFill(0.9f);
            t.addCell(cell);
        }
        for (var row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(c), font));
                cell.setRunDirection(c == table.rtlColumn() ? PdfWriter.RUN_DIRECTION_RTL : direction);
                t.addCell(cell);
            }
        }
        return t;
    }

    private static PdfPTable signatures(Sheet.Signatures s, Font font, int direction) {
        PdfPTable t = new PdfPTable(s.labels().size());
        t.setWidthPercentage(100);
        t.setRunDirection(direction);
        t.setSpacingBefore(12);
        for (String label : s.labels()) {
            PdfPCell cell = new PdfPCell(new Phrase(label, font));
            cell.setRunDirection(direction);
            cell.setFixedHeight(70);
            t.addCell(cell);
        }
        return t;
    }
}
