package org.homeward.cases.ui.editor.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.service.SubjectAccessService;
import org.homeward.cases.ui.editor.CaseEditorContext;
import org.homeward.cases.ui.internal.Messages;
import org.homeward.ui.AtomicFiles;
import org.homeward.ui.Background;

/**
 * "Data held (PDF)..." on the household page: asks where to save the selected person's subject access
 * report, then makes it off the UI thread, written whole or not at all (a {@code .part} file moved in
 * place once complete).
 */
final class SubjectAccessReport {

    private SubjectAccessReport() {
    }

    static void save(CaseEditorContext context, SubjectAccessService service, Person person, Consumer<String> say) {
        if (person == null) {
            say.accept(Messages.SubjectAccess_choose);
            return;
        }
        if (service == null) {
            say.accept(Messages.SubjectAccess_unavailable);
            return;
        }
        FileDialog dialog = new FileDialog(context.shell(), SWT.SAVE);
        dialog.setText(Messages.SubjectAccess_button);
        dialog.setFilterExtensions(new String[]{"*.pdf"});
        dialog.setFileName("donnees-" + person.getCaseId() + "-" + person.getId() + ".pdf");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen);
        Background.run(Messages.SubjectAccess_button, context.shell(), () -> AtomicFiles.write(target, out -> {
            service.write(person.getId(), out);
            return target;
        }), saved -> say.accept(NLS.bind(Messages.SubjectAccess_saved, saved)),
                failure -> say.accept(failure.message()));
    }
}
