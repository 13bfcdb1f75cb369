package org.homeward.cases.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files holding personal data that the workbench hands to the system viewer (attachments, letters):
 * written in a folder only the user can read, and deleted when the workbench exits.
 *
 * @since 1.1
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** A new folder only the user can read, deleted at exit once emptied by {@link #deleteAtExit}. */
    public static Path folder() throws IOException {
        Path dir = Files.createTempDirectory("homeward-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        dir.toFile().deleteOnExit();
        return dir;
    }

    /** Marks files written in a {@link #folder()} for deletion at exit. */
    public static void deleteAtExit(Path... files) {
        for (Path f : files) {
            f.toFile().deleteOnExit();
        }
    }

    /** Writes {@code content} under {@code fileName} (made safe) in a new private folder. */
    public static Path copy(String fileName, byte[] content) throws IOException {
        Path copy = Files.write(folder().resolve(fileName.replaceAll("[\\\\/:*?\"<>|]", "_")), content);
        deleteAtExit(copy);
        return copy;
    }
}
