package org.homeward.traveldocs.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * Writes a {@link LetterContent} as an A4 PDF with an embedded Unicode font (DejaVu Sans, shipped in
 * {@code fonts/}). Every run of text goes through a table cell with its run direction, which is
 * where OpenPDF shapes Arabic (joining forms, lam-alef ligatures) and orders it right to left.
 */
final class PdfLetter {

    private static final float BODY = 10.5f;

    private PdfLetter() {
    }

    static void write(LetterContent letter, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setRunDirection(letter.rtl() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
            doc.addTitle(letter.heading().isEmpty() ? "" : letter.heading().get(0));
            doc.open();
            BaseFont base = font();
            Font text = new Font(base, BODY);
            Font small = new Font(base, BODY - 1.5f);
            int direction = letter.rtl() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
            for (String line : letter.heading()) {
                doc.add(block(line, text, direction, 2));
            }
            for (String paragraph : letter.paragraphs()) {
                doc.add(block(paragraph, text, direction, 10));
            }
            doc.add(table(letter, small, direction));
            for (String paragraph : letter.ending()) {
                doc.add(block(paragraph, text, direction, 10));
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BaseFont font() throws IOException, DocumentException {
        try (InputStream in = PdfLetter.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IOException("fonts/DejaVuSans.ttf is missing from the bundle");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        }
    }

    /** One paragraph, in a borderless full-width cell so that it is shaped and laid out in its direction. */
    private static PdfPTable block(String text, Font font, int direction, float after) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setRunDirection(direction);
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setRunDirection(direction);
        cell.setPaddingBottom(after);
        cell.setLeading(0, 1.4f); // room for Arabic marks and accents between lines
        cell.setHorizontalAlignment(Element.ALIGN_JUSTIFIED);
        t.addCell(cell);
        return t;
    }

    private static PdfPTable table(LetterContent letter, Font font, int direction) {
        PdfPTable t = new PdfPTable(letter.headers().size());
        t.setWidthPercentage(100);
        t.setRunDirection(direction);
        t.setSpacingAfter(12);
        t.setHeaderRows(1);
        for (String header : letter.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font));
            cell.setRunDirection(direction);
            cell.setGrayFill(0.9f);
            t.addCell(cell);
        }
        for (java.util.List<String> row : letter.rows()) {
            for (int c = 0; c < row.size(); c++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(c), font));
                cell.setRunDirection(c == letter.arabicColumn() ? PdfWriter.RUN_DIRECTION_RTL : direction);
                t.addCell(cell);
            }
        }
        return t;
    }
}
