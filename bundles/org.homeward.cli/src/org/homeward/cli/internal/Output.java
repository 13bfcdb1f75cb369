package org.homeward.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.osgi.util.NLS;

/**
 * Where a command writes its file: {@code -} for standard output, else a file written beside its target and
 * moved into place once complete, so that a failed command never leaves half a file.
 */
final class Output {

    private Output() {
    }

    @FunctionalInterface
    interface Writer {

        void write(OutputStream out) throws IOException;
    }

    static void write(String target, Console console, Writer writer) throws IOException, Commands.OutputException {
        if ("-".equals(target)) {
            OutputStream out = console.bytes();
            writer.write(out);
            out.flush();
            return;
        }
        Path file = Path.of(target).toAbsolutePath();
        Path part;
        try {
            part = Files.createTempFile(file.getParent(), ".homeward-", ".part");
        } catch (IOException e) {
            throw new Commands.OutputException(NLS.bind(Messages.Output_cannotWrite, file, e.getMessage()), e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                writer.write(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
