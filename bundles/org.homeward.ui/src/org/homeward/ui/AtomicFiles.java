package org.homeward.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.homeward.common.validation.RefusedException;

/**
 * Files a user saves (an export, a report), written whole or not at all: into {@code <name>.part} beside the
 * target, moved in place once complete; a refusal or a failure leaves no file behind. Call it off the UI
 * thread (from {@link Background}).
 *
 * @since 2.1
 */
public final class AtomicFiles {

    /** What writes the file's content, and what it returns (rows written, say). */
    @FunctionalInterface
    public interface Content<T> {

        T write(OutputStream out) throws IOException, RefusedException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} from {@code content}.
     *
     * @throws UncheckedIOException when it cannot be written
     */
    public static <T> T write(Path target, Content<T> content) throws RefusedException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(part)) {
                result = content.write(out);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the move took it, or the folder went away
            }
        }
    }
}
