package org.homeward.reporting.core.internal.donor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The donor report as an A4 PDF (OpenPDF, DejaVu Sans embedded): a cover block, then each section's
 * heading, chart and table, totals in bold. Text sits in table cells with the language's direction, where
 * OpenPDF shapes Arabic.
 */
public final class DonorPdf {

    private DonorPdf() {
    }

    public static void write(List<String> cover, List<DonorSection> sections, boolean rtl, OutputStream out)
            throws IOException {
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            int direction = rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
            writer.setRunDirection(direction);
            doc.addTitle(cover.get(0));
            doc.open();
            BaseFont font = font();
            doc.add(block(cover.get(0), new Font(font, 16, Font.BOLD), direction, 6));
            for (String line : cover.subList(1, cover.size())) {
                doc.add(block(line, new Font(font, 9.5f), direction, 2));
            }
            float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
            for (DonorSection s : sections) {
                doc.add(block(s.title(), new Font(font, 12.5f, Font.BOLD), direction, 4));
                Image chart = s.chart() == org.homeward.reporting.model.ReportResult.Chart.NONE
                        ? null
                        : BarChart.draw(writer, s.series(), width, font, direction);
                if (chart != null) {
                    doc.add(chart);
                }
                doc.add(table(s, font, direction));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static PdfPTable block(String text, Font font, int direction, float after) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setRunDirection(direction);
        t.setSpacingBefore(after);
        t.setSpacingAfter(after);
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setRunDirection(direction);
        t.addCell(cell);
        return t;
    }

    private static PdfPTable table(DonorSection s, BaseFont font, int direction) {
        List<List<String>> rows = s.rows();
        int columns = rows.get(0).size();
        PdfPTable t = new PdfPTable(columns);
        t.setWidthPercentage(100);
        t.setRunDirection(direction);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        t.setHeaderRows(1);
        Font plain = new Font(font, 8.5f);
        Font bold = new Font(font, 8.5f, Font.BOLD);
        for (int r = 0; r < rows.size(); r++) {
            boolean strong = r == 0 || s.totals() && r == rows.size() - 1;
            for (int c = 0; c < columns; c++) {
                String v = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                PdfPCell cell = new PdfPCell(new Phrase(v, strong ? bold : plain));
                cell.setRunDirection(direction);
                cell.setPadding(3);
                cell.setHorizontalAlignment(!s.text() && c > 0 && r > 0 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                if (r == 0) {
                    cell.setGrayFill(0.9f);
                }
                t.addCell(cell);
            }
        }
        return t;
    }

    private static BaseFont font() throws IOException, DocumentException {
        try (InputStream in = DonorPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IOException("fonts/DejaVuSans.ttf is missing from the bundle");
            }
            return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        }
    }
}
