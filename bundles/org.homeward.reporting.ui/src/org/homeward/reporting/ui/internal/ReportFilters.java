package org.homeward.reporting.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.homeward.cases.model.AgeGroup;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.reporting.model.ReportDefinition;
import org.homeward.reporting.model.ReportFilter;
import org.homeward.ui.Choice;

/** The report chosen and what it covers: the period, and nationality, sex, age group and vulnerability. */
final class ReportFilters {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Choice<ReportDefinition> report;
    private final Text from;
    private final Text to;
    private final Choice<String> nationality;
    private final Choice<Sex> sex;
    private final Choice<AgeGroup> age;
    private final Choice<VulnerabilityType> vulnerability;
    private final Text donor;
    private final Text project;
    private final List<String> problems = new ArrayList<>();

    /** @param show what the Show button does */
    ReportFilters(Composite parent, Runnable show) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        report = new Choice<>(combo(row, Messages.Report, 220), List.of(), ReportDefinition::title, null);
        report.control().addListener(SWT.Selection, e -> show.run());
        LocalDate today = LocalDate.now();
        from = date(row, Messages.From, today.withDayOfYear(1));
        to = date(row, Messages.To, today);
        org.eclipse.swt.widgets.Button button = new org.eclipse.swt.widgets.Button(row, SWT.PUSH);
        button.setText(Messages.Show);
        button.addListener(SWT.Selection, e -> show.run());
        Composite criteria = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(criteria);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(criteria);
        Locale language = Locale.getDefault();
        nationality = new Choice<>(combo(criteria, Messages.Nationality, 110), Nationalities.sortedCodes(language),
                c -> Nationalities.displayName(c, language), Messages.Any);
        sex = new Choice<>(combo(criteria, Messages.Sex, 80), List.of(Sex.values()), ReportFilters::sex, Messages.Any);
        age = new Choice<>(combo(criteria, Messages.AgeGroup, 80), List.of(AgeGroup.values()), AgeGroup::label,
                Messages.Any);
        vulnerability = new Choice<>(combo(criteria, Messages.Vulnerability, 120), List.of(VulnerabilityType.values()),
                ReportFilters::vulnerability, Messages.Any);
        for (Choice<?> c : List.of(nationality, sex, age, vulnerability)) {
            c.control().select(0);
        }
        donor = text(criteria, Messages.Donor);
        project = text(criteria, Messages.Project);
    }

    private static Combo combo(Composite row, String label, int width) {
        new Label(row, SWT.NONE).setText(label);
        Combo combo = new Combo(row, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(width, SWT.DEFAULT).applyTo(combo);
        return combo;
    }

    /** A free text criterion (a donor, a project code): empty for any. */
    private static Text text(Composite row, String label) {
        new Label(row, SWT.NONE).setText(label);
        Text text = new Text(row, SWT.BORDER);
        text.setMessage(Messages.Any);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static String orNull(Text text) {
        return text.getText().isBlank() ? null : text.getText().strip();
    }

    private static Text date(Composite row, String label, LocalDate initial) {
        new Label(row, SWT.NONE).setText(label);
        Text text = new Text(row, SWT.BORDER);
        text.setMessage(Messages.DateHint);
        text.setText(DAY.format(initial));
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(text);
        return text;
    }

    static String sex(Sex s) {
        return switch (s) {
            case FEMALE -> Messages.Sex_FEMALE;
            case MALE -> Messages.Sex_MALE;
            case OTHER -> Messages.Sex_OTHER;
        };
    }

    static String vulnerability(VulnerabilityType v) {
        return switch (v) {
            case UNACCOMPANIED_OR_SEPARATED_CHILD -> Messages.Vulnerability_UNACCOMPANIED_OR_SEPARATED_CHILD;
            case TRAFFICKING_VICTIM -> Messages.Vulnerability_TRAFFICKING_VICTIM;
            case MEDICAL_CONDITION -> Messages.Vulnerability_MEDICAL_CONDITION;
            case PREGNANCY -> Messages.Vulnerability_PREGNANCY;
            case DISABILITY -> Messages.Vulnerability_DISABILITY;
            case ELDERLY -> Messages.Vulnerability_ELDERLY;
            case GBV_SURVIVOR -> Messages.Vulnerability_GBV_SURVIVOR;
            case MENTAL_HEALTH_NEED -> Messages.Vulnerability_MENTAL_HEALTH_NEED;
        };
    }

    void setReports(List<ReportDefinition> reports) {
        report.setValues(reports);
        if (!reports.isEmpty()) {
            report.select(reports.get(0));
        }
    }

    ReportDefinition report() {
        return report.selected();
    }

    Combo reportControl() {
        return report.control();
    }

    /** The filter as set, or null with {@link #problems()} naming what is wrong. */
    ReportFilter current() {
        problems.clear();
        LocalDate first = day(from, Messages.From);
        LocalDate last = day(to, Messages.To);
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first)) {
            problems.add(Messages.BadPeriod);
            return null;
        }
        return new ReportFilter(first, last, nationality.selected(), sex.selected(), age.selected(),
                vulnerability.selected(), orNull(donor), orNull(project));
    }

    private LocalDate day(Text text, String label) {
        try {
            return LocalDate.parse(text.getText().strip(), DAY);
        } catch (DateTimeParseException e) {
            problems.add(NLS.bind(Messages.BadDate, label));
            return null;
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
