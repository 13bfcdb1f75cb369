package org.homeward.cases.ui.dialogs;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;
import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.ui.Background;
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
        run(shell, duplicates, person, -1, proceed, open, back);
    }

    /** As above, {@code self} (a person corrected) not counting as a duplicate of themselves. */
    static void run(Shell shell, DuplicateService duplicates, PersonDraft person, long self, Runnable proceed,
            Consumer<DuplicateCandidate> open, Runnable back) {
        if (duplicates == null) {
            proceed.run();
            return;
        }
        Background.run(Messages.Duplicates_job, shell, () -> duplicates.candidates(person, MAX_CANDIDATES + 1).stream()
                .filter(c -> c.personId() != self).limit(MAX_CANDIDATES).toList(),
                candidates -> answer(shell, candidates, proceed, open, back),
                failure -> proceed.run()); // the search is a help: its failure (logged) must not block registration
    }

    private static void answer(Shell shell, List<DuplicateCandidate> candidates, Runnable proceed,
            Consumer<DuplicateCandidate> open, Runnable back) {
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
    }
}
