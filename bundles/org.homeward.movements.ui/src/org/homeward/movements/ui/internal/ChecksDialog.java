package org.homeward.movements.ui.internal;

import java.math.BigDecimal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.homeward.movements.model.DeparturePassenger;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.PreEmbarkation;
import org.homeward.movements.model.service.DepartureService;
import org.homeward.ui.Background;
import org.homeward.ui.DialogLabels;
import org.homeward.ui.ProblemLabel;

/**
 * One passenger's pre-embarkation checks: documents in hand, fit to travel, wheelchair, and the
 * pocket money handed over with the number of the receipt signed for it. The service says what is
 * missing, naming the field; nothing is saved then.
 */
final class ChecksDialog extends Dialog {

    private final ManifestLine line;
    private final DepartureService departures;
    private Button documents;
    private Button fit;
    private Button wheelchair;
    private Text money;
    private Text receipt;
    private Label problem;

    ChecksDialog(Shell parent, ManifestLine line, DepartureService departures) {
        super(parent);
        this.line = line;
        this.departures = departures;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Checks_title, line.name()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        DeparturePassenger p = line.passenger();
        documents = box(area, Messages.Checks_documents, p.isDocumentsInHand());
        fit = box(area, Messages.Checks_fit, p.isFitToTravel());
        wheelchair = box(area, Messages.Checks_wheelchair, p.isWheelchair());
        new Label(area, SWT.NONE).setText(Messages.Checks_money);
        money = new Text(area, SWT.BORDER);
        money.setText(p.getPocketMoney() == null ? "" : p.getPocketMoney().toPlainString());
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(money);
        new Label(area, SWT.NONE).setText(Messages.Checks_receipt);
        receipt = new Text(area, SWT.BORDER);
        receipt.setText(p.getReceiptNumber() == null ? "" : p.getReceiptNumber());
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(receipt);
        problem = ProblemLabel.create(area, 2, 360, 2);
        return area;
    }

    private static Button box(Composite area, String text, boolean ticked) {
        Button b = new Button(area, SWT.CHECK);
        b.setText(text);
        b.setSelection(ticked);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(b);
        return b;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, DialogLabels.ok(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, DialogLabels.cancel(), false);
    }

    @Override
    protected void okPressed() {
        BigDecimal amount;
        try {
            amount = money.getText().isBlank() ? null : new BigDecimal(money.getText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problem.setText(Messages.Checks_badMoney);
            problem.getParent().layout();
            return;
        }
        PreEmbarkation checks = new PreEmbarkation(documents.getSelection(), fit.getSelection(),
                wheelchair.getSelection(), amount, receipt.getText().isBlank() ? null : receipt.getText().strip());
        DeparturePassenger p = line.passenger();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Background.run(Messages.Part_job, problem, () -> departures.check(p.getId(), p.getVersion(), checks),
                saved -> super.okPressed(), failure -> {
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                    problem.setText(failure.message());
                    problem.getParent().layout();
                });
    }
}
