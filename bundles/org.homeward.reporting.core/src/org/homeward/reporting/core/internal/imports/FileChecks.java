package org.homeward.reporting.core.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;
import org.homeward.reporting.core.internal.Messages;
import org.homeward.reporting.model.imports.ImportException;
import org.homeward.reporting.model.imports.LegacyImport;

/**
 * What the import checks before handing a file to a reader: its size, that an {@code .xlsx} is a zip
 * archive, and that the archive does not unpack to more than {@link #MAX_UNPACKED} bytes (a zip bomb),
 * counted on the bytes actually inflated, not on what the archive declares.
 */
final class FileChecks {

    static final long MAX_UNPACKED = 400L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private FileChecks() {
    }

    static void size(Path file) throws ImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(NLS.bind(Messages.Import_unreadable, file.getFileName()), e);
        }
        if (size > LegacyImport.MAX_FILE_BYTES) {
            throw new ImportException(NLS.bind(Messages.Import_tooLarge, new Object[]{file.getFileName(),
                    megabytes(size), megabytes(LegacyImport.MAX_FILE_BYTES)}));
        }
        if (size == 0) {
            throw new ImportException(NLS.bind(Messages.Import_empty, file.getFileName()));
        }
    }

    static boolean isZip(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new ImportException(NLS.bind(Messages.Import_unreadable, file.getFileName()), e);
        }
    }

    /** Inflates every entry once, counting, and refuses an archive that unpacks to too much. */
    static void unpackedSize(Path file) throws ImportException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw bomb(file);
                }
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED) {
                            throw bomb(file);
                        }
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new ImportException(NLS.bind(Messages.Import_damagedXlsx, file.getFileName()), e);
        } catch (IOException e) {
            throw new ImportException(NLS.bind(Messages.Import_unreadable, file.getFileName()), e);
        }
        if (entries == 0) {
            throw new ImportException(NLS.bind(Messages.Import_damagedXlsx, file.getFileName()));
        }
    }

    private static ImportException bomb(Path file) {
        return new ImportException(NLS.bind(Messages.Import_zipBomb, file.getFileName(), megabytes(MAX_UNPACKED)));
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + 512 * 1024) / (1024 * 1024));
    }
}
