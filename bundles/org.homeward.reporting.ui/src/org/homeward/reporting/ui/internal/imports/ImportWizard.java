package org.homeward.reporting.ui.internal.imports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.service.CaseImportService;
import org.homeward.reporting.model.imports.ColumnMapping;
import org.homeward.reporting.model.imports.ImportSheet;
import org.homeward.reporting.model.imports.LegacyImport;
import org.homeward.reporting.ui.internal.Messages;

/**
 * Importing a legacy spreadsheet: the mapping (guessed from the headers, corrected by the user), the dry
 * run, then the import, all or nothing, with progress and Cancel. The file was read once, off the UI
 * thread, before the wizard opens.
 */
public final class ImportWizard extends Wizard {

    private final LegacyImport legacy;
    private final Path file;
    private final MappingPage mapping;
    private final PlanPage plan;
    private final Consumer<String> done;

    /** @param done told, on the UI thread, what the import created */
    public ImportWizard(LegacyImport legacy, Path file, ImportSheet sheet, Consumer<String> done) {
        this.legacy = legacy;
        this.file = file;
        this.done = done;
        this.mapping = new MappingPage(sheet);
        this.plan = new PlanPage(this);
        setWindowTitle(Messages.Import_title);
        setNeedsProgressMonitor(true);
    }

    LegacyImport service() {
        return legacy;
    }

    Path file() {
        return file;
    }

    ColumnMapping mapping() {
        return mapping.mapping();
    }

    @Override
    public void addPages() {
        addPage(mapping);
        addPage(plan);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == plan && plan.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        CaseImportService.Outcome[] outcome = new CaseImportService.Outcome[1];
        int total = plan.plan().households().size();
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(Messages.Import_saving, total);
                int[] seen = {0};
                outcome[0] = legacy.run(plan.plan(), n -> {
                    monitor.worked(n - seen[0]);
                    seen[0] = n;
                }, monitor::isCanceled);
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            plan.setErrorMessage(e.getCause() instanceof java.util.concurrent.CancellationException
                    ? Messages.Import_cancelled
                    : String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
            return false;
        } catch (InterruptedException e) {
            plan.setErrorMessage(Messages.Import_cancelled);
            return false;
        }
        done.accept(NLS.bind(Messages.Import_done, new Object[]{outcome[0].cases(), outcome[0].persons(),
                file.getFileName()}));
        return true;
    }
}
