package org.homeward.cases.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.homeward.ui.PrivateCopies;

/**
 * Files holding personal data that the workbench hands to the system viewer (attachments, letters):
 * written in a folder only the user can read, and deleted when the workbench exits.
 *
 * @since 1.1
 * @deprecated since 2.1: {@link PrivateCopies}, and {@link org.homeward.ui.Documents} to open one
 */
@Deprecated
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** The workstation's folder of private copies, only the user can read; swept at start-up and exit. */
    public static Path folder() throws IOException {
        return PrivateCopies.ofWorkstation().folder();
    }

    /** Marks files written in a {@link #folder()} for deletion at exit. */
    public static void deleteAtExit(Path... files) {
        for (Path f : files) {
            f.toFile().deleteOnExit();
        }
    }

    /**
     * Writes {@code content} in the private folder, named by its detected type (no longer by
     * {@code fileName}, which a copy must not carry).
     */
    public static Path copy(String fileName, byte[] content) throws IOException {
        return PrivateCopies.ofWorkstation().write("document-" + Long.toString(System.nanoTime(), 36), content);
    }
}
