package org.homeward.movements.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.movements.model.DepartureKind;
import org.homeward.ui.DialogLabels;
import org.homeward.ui.ProblemLabel;

/** A new departure: its day, its name, scheduled flight or charter. */
final class PlanDialog extends Dialog {

    private final String bookings;
    private Text day;
    private Text label;
    private Button charter;
    private Label problem;
    private LocalDate date;
    private String name;
    private DepartureKind kind;

    PlanDialog(Shell parent, String bookings) {
        super(parent);
        this.bookings = bookings;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Plan_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.Plan_bookings);
        new Label(area, SWT.WRAP).setText(bookings.isEmpty() ? Messages.Plan_none : bookings);
        new Label(area, SWT.NONE).setText(Messages.Column_date);
        day = new Text(area, SWT.BORDER);
        day.setMessage("jj/mm/aaaa");
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(day);
        new Label(area, SWT.NONE).setText(Messages.Column_label);
        label = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(label);
        new Label(area, SWT.NONE);
        charter = new Button(area, SWT.CHECK);
        charter.setText(Messages.Kind_CHARTER);
        problem = ProblemLabel.create(area, 2, 300, 2);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, DialogLabels.ok(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, DialogLabels.cancel(), false);
    }

    @Override
    protected void okPressed() {
        try {
            date = LocalDate.parse(day.getText().strip(), DeparturesPart.DAY);
        } catch (DateTimeParseException e) {
            problem.setText(Messages.Plan_badDate);
            return;
        }
        name = label.getText();
        kind = charter.getSelection() ? DepartureKind.CHARTER : DepartureKind.SCHEDULED;
        super.okPressed();
    }

    LocalDate date() {
        return date;
    }

    String label() {
        return name;
    }

    DepartureKind kind() {
        return kind;
    }
}
