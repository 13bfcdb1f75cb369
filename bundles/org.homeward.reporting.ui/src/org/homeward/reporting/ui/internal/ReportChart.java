package org.homeward.reporting.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.homeward.reporting.model.ChartSeries;
import org.homeward.reporting.model.ReportResult;

/** A report's chart on SWTChart: its series as bars or a line over the report's categories. */
final class ReportChart {

    private final Chart chart;

    ReportChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        chart.getLegend().setVisible(false);
    }

    Chart control() {
        return chart;
    }

    void show(ReportResult result) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        List<ChartSeries> series = result.series();
        chart.setVisible(result.chart() != ReportResult.Chart.NONE && !series.isEmpty());
        if (!chart.isVisible()) {
            return;
        }
        List<String> categories = series.get(0).categories();
        // long names (stages, countries) read best on bars laid sideways; many short ones (months) turned
        boolean sideways = categories.stream().mapToInt(String::length).max().orElse(0) > 8;
        chart.setOrientation(sideways ? SWT.VERTICAL : SWT.HORIZONTAL);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(categories.toArray(String[]::new));
        x.getTick().setTickLabelAngle(!sideways && categories.size() > 6 ? 45 : 0);
        Color colour = chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
        for (ChartSeries s : series) {
            double[] values = s.values().stream().mapToDouble(Double::doubleValue).toArray();
            if (result.chart() == ReportResult.Chart.LINE) {
                ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, s.name());
                line.setYSeries(values);
                line.setLineColor(colour);
            } else {
                IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, s.name());
                bars.setYSeries(values);
                bars.setBarColor(colour);
            }
        }
        chart.getLegend().setVisible(series.size() > 1);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }
}
