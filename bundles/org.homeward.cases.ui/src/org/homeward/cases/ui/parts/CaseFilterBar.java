package org.homeward.cases.ui.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.homeward.ui.Choice;
import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.Nationalities;
import org.homeward.cases.model.Priority;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.ui.internal.Days;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/**
 * The case list's criteria: type-ahead, status, priority, nationality, vulnerability and
 * registration dates. A date that cannot be read is marked, named below the list and ignored.
 */
final class CaseFilterBar {

    private static final int FILTER_DELAY_MS = 200;
    private static final Color BAD_FIELD = new Color(255, 228, 225);

    private final List<String> countryCodes = Nationalities.sortedCodes(Locale.getDefault());
    private final Text filter;
    private final Choice<CaseStatus> statusChoice;
    private final Choice<Priority> priorityChoice;
    private final Choice<String> nationalityChoice;
    private final Choice<VulnerabilityType> vulnerabilityChoice;
    private final Text from;
    private final Text to;
    private final List<String> problems = new ArrayList<>();

    /** Adds the criteria to {@code parent}, a two-column grid; {@code changed} runs when they change. */
    CaseFilterBar(Composite parent, Runnable changed) {
        new Label(parent, SWT.NONE).setText(Messages.CaseList_filter);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        filter.setMessage(Messages.CaseList_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        Runnable apply = () -> {
            if (!filter.isDisposed()) {
                changed.run();
            }
        };
        filter.addModifyListener(e -> filter.getDisplay().timerExec(FILTER_DELAY_MS, apply));
        Composite criteria = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(criteria); // two criteria per row: the part is narrow
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(criteria);
        statusChoice = new Choice<>(combo(criteria, Messages.CaseList_status, apply), List.of(CaseStatus.values()),
                Labels::status, Messages.CaseList_any);
        priorityChoice = new Choice<>(combo(criteria, Messages.CaseList_priority, apply), List.of(Priority.values()),
                Labels::priority, Messages.CaseList_any);
        nationalityChoice = new Choice<>(combo(criteria, Messages.CaseList_nationality, apply), countryCodes,
                Labels::country, Messages.CaseList_any);
        nationalityChoice.control().setVisibleItemCount(15);
        vulnerabilityChoice = new Choice<>(combo(criteria, Messages.CaseList_vulnerability, apply),
                List.of(VulnerabilityType.values()), Labels::vulnerability, Messages.CaseList_any);
        for (Choice<?> c : List.of(statusChoice, priorityChoice, nationalityChoice, vulnerabilityChoice)) {
            c.control().select(0); // any
        }
        from = date(criteria, Messages.CaseList_registeredFrom, apply);
        to = date(criteria, Messages.CaseList_registeredTo, apply);
    }

    private static Combo combo(Composite criteria, String label, Runnable apply) {
        new Label(criteria, SWT.NONE).setText(label);
        Combo combo = new Combo(criteria, SWT.READ_ONLY);
        // narrow by default: the columns share the part's width instead of growing to the longest item
        GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> apply.run());
        return combo;
    }

    private static Text date(Composite criteria, String label, Runnable apply) {
        new Label(criteria, SWT.NONE).setText(label);
        Text text = new Text(criteria, SWT.BORDER);
        text.setMessage(Messages.DateHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(90, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> text.getDisplay().timerExec(FILTER_DELAY_MS * 2, apply));
        return text;
    }

    /** The criteria as set; {@link #problems()} names the dates left out. */
    CaseFilter current() {
        problems.clear();
        return new CaseFilter(filter.getText(), statusChoice.selected(), priorityChoice.selected(),
                nationalityChoice.selected(), vulnerabilityChoice.selected(),
                day(from, Messages.CaseList_registeredFrom),
                day(to, Messages.CaseList_registeredTo));
    }

    private LocalDate day(Text text, String label) {
        Optional<LocalDate> day = Days.parse(text.getText());
        boolean bad = day.isEmpty() && !text.getText().isBlank();
        text.setBackground(bad ? BAD_FIELD : null);
        if (bad) {
            problems.add(NLS.bind(Messages.CaseList_badDate, label));
        }
        return day.orElse(null);
    }

    /** What {@link #current()} had to leave out, for the user; empty when nothing. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    void setFocus() {
        filter.setFocus();
    }
}
