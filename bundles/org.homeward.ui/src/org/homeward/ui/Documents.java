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
 * elsewhere. The content is read off the UI thread; the copy handed to the program lies in the
 * workstation's {@link PrivateCopies} folder, named after the record and typed by its content. When no program opens the type, the user is told so and offered
 * "Save as...".
 */
public final class Documents {

    private Documents() {
    }

    /** The copy name of the attachment {@code id}, for {@link #open}. */
    public static String attachment(long id) {
        return "attachment-" + id;
    }

    /**
     * Reads {@code content} in the background, then opens a private copy of it named {@code copyName} (see
     * {@link PrivateCopies#write}) with the program the system has for its detected type.
     *
     * @param fileName the name "Save as..." suggests when no program opens it
     */
    public static void open(Control owner, String copyName, String fileName, Supplier<byte[]> content) {
        Background.read(Messages.Documents_reading, owner, () -> copy(copyName, content.get()), copy -> {
            if (!Program.launch(copy.toString())) {
                noProgram(owner.getShell(), fileName, copy);
            }
        });
    }

    /** Reads {@code content} in the background, then asks where to save it and writes it there. */
    public static void saveAs(Control owner, String copyName, String fileName, Supplier<byte[]> content) {
        Background.read(Messages.Documents_reading, owner, () -> copy(copyName, content.get()),
                copy -> saveAs(owner.getShell(), fileName, copy));
    }

    private static Path copy(String copyName, byte[] content) {
        try {
            return PrivateCopies.ofWorkstation().write(copyName, content);
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
        dialog.setFileName(fileName.replaceAll("[\\\\/:*?\"<>|]", "_"));
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
