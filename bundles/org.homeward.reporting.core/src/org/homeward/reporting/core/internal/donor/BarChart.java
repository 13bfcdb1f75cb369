package org.homeward.reporting.core.internal.donor;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.homeward.reporting.model.ChartSeries;

/**
 * A horizontal bar chart drawn in vector form on the PDF page, one group of bars per category and one bar
 * per series, with its value at the end; labels in the report's font, so Arabic is shaped. The workbench's
 * charts are SWT widgets, which need a display that a headless run or a server does not have.
 */
final class BarChart {

    static final int MAX_CATEGORIES = 24;
    private static final float LABEL = 150f;
    private static final float BAR = 9f;
    private static final float GAP = 5f;
    private static final Color[] COLOURS = {new Color(0x1F, 0x5F, 0x99), new Color(0xE0, 0x8A, 0x1E),
            new Color(0x4C, 0x9A, 0x5F), new Color(0x9B, 0x4D, 0x96)};

    private BarChart() {
    }

    /** The chart, {@code width} points wide, as an image to add to the document; null when there is nothing to draw. */
    static Image draw(PdfWriter writer, List<ChartSeries> series, float width, BaseFont font, int direction) {
        if (series.isEmpty() || series.get(0).categories().isEmpty()) {
            return null;
        }
        int categories = Math.min(MAX_CATEGORIES, series.get(0).categories().size());
        double max = series.stream().flatMap(s -> s.values().stream().limit(categories))
                .mapToDouble(Double::doubleValue)
                .filter(v -> !Double.isNaN(v)).max().orElse(0);
        float group = series.size() * BAR + GAP;
        float legend = series.size() > 1 ? 14f * series.size() : 0f;
        float height = categories * group + legend + 6f;
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate t = cb.createTemplate(width, height);
        Font small = new Font(font, 7.5f);
        float plot = width - LABEL - 40f;
        for (int c = 0; c < categories; c++) {
            float top = height - c * group - 2f;
            text(t, series.get(0).categories().get(c), LABEL - 4f, top - series.size() * BAR / 2 - 3f,
                    com.lowagie.text.Element.ALIGN_RIGHT, small, direction);
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values().get(c);
                float y = top - (s + 1) * BAR;
                float w = max <= 0 || Double.isNaN(v) ? 0f : (float) (v / max * plot);
                t.setColorFill(COLOURS[s % COLOURS.length]);
                t.rectangle(LABEL, y + 1f, Math.max(w, 0.5f), BAR - 2f);
                t.fill();
                text(t, number(v), LABEL + w + 3f, y + 2f, com.lowagie.text.Element.ALIGN_LEFT, small,
                        PdfWriter.RUN_DIRECTION_LTR);
            }
        }
        for (int s = 0; s < series.size() && series.size() > 1; s++) {
            float y = legend - 12f * (s + 1);
            t.setColorFill(COLOURS[s % COLOURS.length]);
            t.rectangle(LABEL, y, 8f, 8f);
            t.fill();
            text(t, series.get(s).name(), LABEL + 12f, y, com.lowagie.text.Element.ALIGN_LEFT, small, direction);
        }
        try {
            return Image.getInstance(t);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(PdfTemplate t, String text, float x, float y, int align, Font font, int direction) {
        t.setColorFill(Color.BLACK);
        ColumnText.showTextAligned(t, align, new Phrase(text, font), x, y, 0f, direction, 0);
    }

    /** A hidden small count (NaN) shows as "<5". */
    private static String number(double v) {
        if (Double.isNaN(v)) {
            return org.homeward.reporting.model.ReportExport.SMALL;
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
