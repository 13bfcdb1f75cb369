package org.homeward.cases.ui.dialogs;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.cases.ui.internal.Messages;

/** Search before create: looks for the person in a background job and asks the user when someone is found. */
final class DuplicateCheck {

    static final int MAX_CANDIDATES = 10;

    private DuplicateCheck() {
    }

    /**
     * @param proceed runs when nobody is found, or the user confirms it is someone new
     * @param open receives the existing person the user chose
     * @param back runs when the user goes back to the form
     */
    static void run(Shell shell, DuplicateService duplicates, PersonDraft person, Runnable proceed,
            Consumer<DuplicateCandidate> open, Runnable back) {
        if (duplicates == null) {
            proceed.run();
            return;
        }
        Job job = Job.create(Messages.Duplicates_job, monitor -> {
            List<DuplicateCandidate> found;
            try {
                found = duplicates.candidates(person, MAX_CANDIDATES);
            } catch (RuntimeException e) {
                ILog.of(DuplicateCheck.class).error(e.getMessage(), e);
                found = List.of(); // the search is a help: its failure must not block registration
            }
            List<DuplicateCandidate> candidates = found;
            shell.getDisplay().asyncExec(() -> {
                if (shell.isDisposed()) {
                    return;
                }
                if (candidates.isEmpty()) {
                    proceed.run();
                    return;
                }
                DuplicatePromptDialog prompt = new DuplicatePromptDialog(shell, candidates);
                int answer = prompt.open();
                if (answer == DuplicatePromptDialog.NEW_PERSON) {
                    proceed.run();
                } else if (answer == DuplicatePromptDialog.OPEN_EXISTING) {
                    open.accept(prompt.chosen());
                } else {
                    back.run();
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }
}
