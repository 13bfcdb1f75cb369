package org.homeward.traveldocs.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files written beside their final place (a hidden folder in the same folder), then put in place
 * once the transaction they depend on has committed, or thrown away when it has not. The final
 * names are checked before the commit, so that putting the files in place is a rename that does
 * not fail for a reason known in advance.
 */
final class StagedFiles implements AutoCloseable {

    private final Path folder;
    private final Path stage;
    private final List<String> names = new ArrayList<>();

    StagedFiles(Path folder) {
        try {
            this.folder = Files.createDirectories(folder);
            this.stage = Files.createTempDirectory(folder, ".writing-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where to write the file that will be {@code name} in the folder. */
    Path stage(String name) {
        names.add(name);
        return stage.resolve(name);
    }

    /** The file {@code name} once in place. */
    Path target(String name) {
        return folder.resolve(name);
    }

    /** Refuses (before the commit) a final name taken by something that is not a file to replace. */
    void checkTargets() {
        for (String name : names) {
            Path target = folder.resolve(name);
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                throw new UncheckedIOException(new IOException(target + " exists and is not a file"));
            }
        }
    }

    /** Puts every staged file in place (after the commit). */
    void publish() {
        try {
            for (String name : names) {
                try {
                    Files.move(stage.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(stage.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the staging folder and whatever is left in it (everything, when nothing was published). */
    @Override
    public void close() {
        try (Stream<Path> left = Files.walk(stage)) {
            for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
