package org.homeward.cases.ui.editor.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.homeward.ui.Background;

/**
 * The editor pages' use of {@link Background}: reading, and saving with the page's button disabled
 * meanwhile and the outcome told to the page (the problems named, or null when saved).
 */
final class EditorWork {

    private EditorWork() {
    }

    /** A save that may be refused: field by field, by a rule, or by a concurrent change. */
    @FunctionalInterface
    interface Save {

        void run() throws org.homeward.common.validation.ValidationException,
                org.homeward.common.validation.RefusedException, org.homeward.common.validation.ConflictException;
    }

    /**
     * Runs {@code work} as a save of the editor's (so that the editor knows the case version it made) with
     * {@code button} disabled meanwhile, then gives {@code done} the message
     * for the user, or null when it was saved; nothing when the page is gone by then.
     */
    static void save(org.homeward.cases.ui.editor.CaseEditorContext context, String name, Button button, Save work,
            Consumer<String> done) {
        button.setEnabled(false);
        Background.run(name, button, () -> {
            context.runSave(work::run);
            return Boolean.TRUE;
        }, saved -> {
            button.setEnabled(true);
            done.accept(null);
        }, failure -> {
            button.setEnabled(true);
            done.accept(failure.message());
        });
    }

    /** Reads in the background, shows on the UI thread, then lets the page's scrolled view take its new size. */
    static <T> void load(String name, Control owner, Supplier<T> read, Consumer<T> show) {
        Background.read(name, owner, read, value -> {
            show.accept(value);
            if (!owner.isDisposed()) {
                org.homeward.ui.Scrolling.refit(owner);
            }
        });
    }
}
