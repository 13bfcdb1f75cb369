package org.homeward.reporting.core.internal.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.homeward.reporting.core.internal.Messages;
import org.homeward.reporting.model.imports.ImportException;

/** Opens a legacy file as a {@link Table} after {@link FileChecks}, and reads it whole with clear errors. */
final class Tables {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private Tables() {
    }

    static Table open(Path file) throws ImportException {
        FileChecks.size(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (FileChecks.isZip(file)) {
            FileChecks.unpackedSize(file);
            return new XlsxTable(file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(NLS.bind(Messages.Import_unreadable, file.getFileName()), e);
        }
        if (name.endsWith(".xls") || startsWith(bytes, OLE2)) {
            throw new ImportException(NLS.bind(Messages.Import_oldExcel, file.getFileName()));
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new ImportException(NLS.bind(Messages.Import_notXlsx, file.getFileName()));
        }
        CsvTable csv = new CsvTable(bytes);
        int binary = csv.binaryAt();
        if (binary >= 0) {
            throw new ImportException(NLS.bind(Messages.Import_notText, file.getFileName(), binary + 1));
        }
        return csv;
    }

    /** Every row of the table, the headers first, each as the spreadsheet numbers it. */
    static List<NumberedRow> rows(Path file, Table table, int max) throws ImportException {
        List<NumberedRow> rows = new ArrayList<>();
        boolean[] tooMany = {false};
        try {
            table.read((number, cells) -> {
                if (rows.size() > max) {
                    tooMany[0] = true;
                    return false;
                }
                rows.add(new NumberedRow(number, cells));
                return true;
            });
        } catch (IOException | RuntimeException e) {
            if (table instanceof XlsxTable) {
                throw new ImportException(NLS.bind(Messages.Import_damagedXlsx, file.getFileName()), e);
            }
            throw new ImportException(NLS.bind(Messages.Import_unreadable, file.getFileName()), e);
        }
        if (tooMany[0]) {
            throw new ImportException(NLS.bind(Messages.Import_tooManyRows, file.getFileName(), max));
        }
        while (!rows.isEmpty() && rows.get(0).cells().stream().allMatch(String::isBlank)) {
            rows.remove(0);
        }
        if (rows.isEmpty()) {
            throw new ImportException(NLS.bind(Messages.Import_empty, file.getFileName()));
        }
        return rows;
    }

    /** A row and its number. */
    record NumberedRow(int number, List<String> cells) {
    }

    private static boolean startsWith(byte[] bytes, byte[] head) {
        if (bytes.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if (bytes[i] != head[i]) {
                return false;
            }
        }
        return true;
    }
}
