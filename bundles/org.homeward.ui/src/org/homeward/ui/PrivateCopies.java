package org.homeward.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.homeward.common.files.DataDirectory;
import org.homeward.common.files.MediaTypes;
import org.homeward.common.files.OwnerOnly;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Copies of files holding personal data that the workbench hands to another program (a letter, a
 * scan): in {@code <data>/tmp}, a folder only the user can read (POSIX permissions on Linux, an access
 * list naming only the owner on Windows), named after the record they come from and the type their
 * content has ({@code attachment-12.pdf}), never after the user's file name, so that the content decides
 * which program opens them. Whatever is left there is swept at start-up and at exit, and copies older
 * than {@link #KEPT} are removed as soon as the platform lets them go (Windows refuses while a program
 * holds the file open; the next sweep tries again).
 */
public final class PrivateCopies {

    /** How long a copy stays after it was handed over, so that the program has read it. */
    public static final Duration KEPT = Duration.ofMinutes(15);

    private static final Pattern NAME = Pattern.compile("[a-z]+(-[0-9A-Za-z]+)*");

    private final Path folder;

    /** Copies in {@code folder} (created owner-only on first use). */
    public PrivateCopies(Path folder) {
        this.folder = folder;
    }

    /** The workstation's copies, in {@code tmp} under its data directory. */
    public static PrivateCopies ofWorkstation() {
        return Workstation.COPIES;
    }

    /** The folder, created when missing and restricted to its owner. */
    public Path folder() throws IOException {
        return OwnerOnly.folder(folder);
    }

    /**
     * Writes {@code content} as {@code <name>.<extension of its detected type>}, replacing an earlier copy
     * of the same name when no program holds it; written whole or not at all.
     *
     * @param name the record the content comes from, such as {@code attachment-12}: lower-case letters, then
     *        dash-separated letters and digits (never a person's name)
     */
    public Path write(String name, byte[] content) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a copy name: " + name);
        }
        Path dir = folder();
        String extension = MediaTypes.extension(MediaTypes.detect(content));
        Path part = Files.createTempFile(dir, ".copy-", ".part");
        try {
            Files.write(part, content);
            Path target = dir.resolve(name + "." + extension);
            for (int n = 2;; n++) {
                try {
                    return Files.move(part, target, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException held) { // an earlier copy still open in a program (Windows)
                    if (n > 20) {
                        throw held;
                    }
                    target = dir.resolve(name + "-" + n + "." + extension);
                }
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Removes every copy it can (at start-up and exit); returns how many are gone. */
    public int sweep() {
        return sweep(Instant.MAX);
    }

    /** Removes the copies last written before {@code before} that the platform lets go; returns how many. */
    public int sweep(Instant before) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(before)
                        && delete(f)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            return removed; // the folder went away meanwhile
        }
        return removed;
    }

    private static boolean delete(Path f) {
        try {
            return Files.deleteIfExists(f);
        } catch (IOException stillOpen) {
            return false;
        }
    }

    /** Resolved once: the data directory does not change while the workbench runs. */
    private static final class Workstation {

        static final PrivateCopies COPIES = new PrivateCopies(DataDirectory.resolve(Workstation::property)
                .resolve("tmp"));

        private static String property(String key) {
            Bundle bundle = FrameworkUtil.getBundle(PrivateCopies.class);
            BundleContext context = bundle == null ? null : bundle.getBundleContext();
            return context != null ? context.getProperty(key) : System.getProperty(key);
        }
    }
}
