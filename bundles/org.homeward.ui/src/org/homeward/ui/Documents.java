package org.homeward.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.homeward.ui.internal.Messages;

/**
 * Opening a document of the case file in the program the system has for its type, and saving a copy
 * elsewhere. The content is read off the UI thread; the copy handed to the program lies in a
 * {@link PrivateCopies} folder. When no program opens the type, the user is told so and offered
 * "Save as...".
 */
public final class Documents {

    private Documents() {
    }

    /** Reads {@code content} in the background, then opens it; {@code fileName}'s extension gives the type. */
    public static void open(Control owner, String fileName, Supplier<byte[]> content) {
        Background.read(Messages.Documents_reading, owner, () -> copy(fileName, content.get()), copy -> {
            if (!Program.launch(copy.toString())) {
                noProgram(owner.getShell(), fileName, copy);
            }
        });
    }

    /** Reads {@code content} in the background, then asks where to save it and writes it there. */
    public static void saveAs(Control owner, String fileName, Supplier<byte[]> content) {
        Background.read(Messages.Documents_reading, owner, () -> copy(fileName, content.get()),
                copy -> saveAs(owner.getShell(), fileName, copy));
    }

    private static Path copy(String fileName, byte[] content) {
        try {
            return PrivateCopies.write(fileName, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void noProgram(Shell shell, String fileName, Path copy) {
        MessageDialog dialog = new MessageDialog(shell, Messages.Documents_noProgramTitle, null,
                NLS.bind(Messages.Documents_noProgram, fileName), MessageDialog.INFORMATION, 0,
                Messages.Documents_saveAs, Messages.Documents_close);
        if (dialog.open() == 0) {
            saveAs(shell, fileName, copy);
        }
    }

    private static void saveAs(Shell shell, String fileName, Path copy) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Documents_saveAsTitle);
        dialog.setFileName(PrivateCopies.safe(fileName));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            Files.copy(copy, Path.of(chosen), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.Documents_saveAsTitle,
                    NLS.bind(Messages.Documents_saveFailed, chosen, e.getLocalizedMessage()));
        }
    }
}
