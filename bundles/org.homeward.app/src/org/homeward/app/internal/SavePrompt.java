package org.homeward.app.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.homeward.ui.DialogLabels;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The workbench's question before closing an editor or quitting with unsaved changes, in the
 * workbench's language: save, do not save, or cancel (the editor stays open).
 */
final class SavePrompt implements ISaveHandler {

    private final Shell shell;

    SavePrompt(Shell shell) {
        this.shell = shell;
    }

    @Override
    public Save promptToSave(MPart dirtyPart) {
        return ask(NLS.bind(Messages.Save_one, dirtyPart.getLocalizedLabel()));
    }

    @Override
    public Save[] promptToSave(Collection<MPart> dirtyParts) {
        String names = dirtyParts.stream().map(MPart::getLocalizedLabel).collect(Collectors.joining(", "));
        Save answer = ask(NLS.bind(Messages.Save_several, names));
        List<Save> each = new ArrayList<>();
        dirtyParts.forEach(p -> each.add(answer));
        return each.toArray(Save[]::new);
    }

    @Override
    public boolean save(MPart dirtyPart, boolean confirm) {
        if (!dirtyPart.isDirty()) {
            return true;
        }
        Save answer = confirm ? promptToSave(dirtyPart) : Save.YES;
        return switch (answer) {
            case YES -> persist(dirtyPart);
            case NO -> true;
            default -> false;
        };
    }

    @Override
    public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
        List<MPart> dirty = dirtyParts.stream().filter(MPart::isDirty).toList();
        if (dirty.isEmpty()) {
            return true;
        }
        Save answer = confirm
                ? ask(NLS.bind(Messages.Save_several,
                        dirty.stream().map(MPart::getLocalizedLabel).collect(Collectors.joining(", "))))
                : Save.YES;
        if (answer == Save.CANCEL) {
            return false;
        }
        boolean all = true;
        if (answer == Save.YES) {
            for (MPart part : dirty) {
                all &= persist(part);
            }
        }
        return all;
    }

    /** Runs the part's {@code @Persist} method; saved when the part is no longer dirty. */
    private static boolean persist(MPart part) {
        if (part.getObject() != null && part.getContext() != null) {
            ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext(), null);
        }
        return !part.isDirty();
    }

    private Save ask(String question) {
        MessageDialog dialog = new MessageDialog(shell, Messages.Save_title, null, question, MessageDialog.QUESTION,
                0, Messages.Save_yes, Messages.Save_no, DialogLabels.cancel());
        return switch (dialog.open()) {
            case 0 -> Save.YES;
            case 1 -> Save.NO;
            default -> Save.CANCEL;
        };
    }
}
