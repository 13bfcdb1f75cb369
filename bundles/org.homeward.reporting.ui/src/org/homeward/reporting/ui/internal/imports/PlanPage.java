package org.homeward.reporting.ui.internal.imports;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.homeward.reporting.model.imports.ImportPlan;
import org.homeward.reporting.model.imports.RowNote;
import org.homeward.reporting.ui.internal.Messages;
import org.homeward.ui.Rows;

/**
 * The dry run: computed (off the UI thread, with progress and Cancel) each time the page is shown, it says
 * how many cases and persons the import would create and lists every row it would leave out, with why.
 */
final class PlanPage extends WizardPage {

    private final ImportWizard wizard;
    private Label summary;
    private Rows<RowNote> notes;
    private ImportPlan plan;

    PlanPage(ImportWizard wizard) {
        super("plan");
        this.wizard = wizard;
        setTitle(Messages.Import_planTitle);
        setDescription(Messages.Import_planDescription);
        setPageComplete(false);
    }

    ImportPlan plan() {
        return plan;
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        summary = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        notes = new Rows<>(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL, List.of(
                new Rows.Column<>(Messages.Import_row, 60, n -> String.valueOf(n.row())),
                new Rows.Column<>(Messages.Import_what, 170, n -> ImportFieldLabels.kind(n.kind())),
                new Rows.Column<>(Messages.Import_column, 140, n -> n.column() == null ? "" : n.column()),
                new Rows.Column<>(Messages.Import_why, 420, RowNote::message)));
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 280).applyTo(notes.table());
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            getShell().getDisplay().asyncExec(this::dryRun);
        }
    }

    private void dryRun() {
        plan = null;
        setPageComplete(false);
        setErrorMessage(null);
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(Messages.Import_checking, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    plan = wizard.service().plan(wizard.file(), wizard.mapping(), n -> monitor.subTask(NLS.bind(
                            Messages.Import_rowsChecked, n)), monitor::isCanceled);
                } catch (org.homeward.reporting.model.imports.ImportException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            setErrorMessage(e.getCause() instanceof java.util.concurrent.CancellationException
                    ? Messages.Import_cancelled
                    : String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        } catch (InterruptedException e) {
            setErrorMessage(Messages.Import_cancelled);
        }
        show();
    }

    private void show() {
        if (getControl() == null || getControl().isDisposed()) {
            return;
        }
        if (plan == null) {
            summary.setText("");
            notes.show(List.of());
            return;
        }
        summary.setText(NLS.bind(Messages.Import_summary, new Object[]{plan.rows(), plan.households().size(),
                plan.personsToCreate(), plan.count(RowNote.Kind.REJECTED), plan.count(RowNote.Kind.MATCHES_EXISTING),
                plan.count(RowNote.Kind.MATCHES_ROW), plan.count(RowNote.Kind.ALREADY_IMPORTED)}));
        notes.show(plan.notes());
        summary.getParent().layout(true, true);
        setPageComplete(!plan.households().isEmpty());
    }
}
