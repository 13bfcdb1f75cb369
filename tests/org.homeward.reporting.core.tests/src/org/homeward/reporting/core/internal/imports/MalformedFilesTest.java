package org.homeward.reporting.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.homeward.cases.model.CaseFilter;
import org.homeward.reporting.model.imports.ImportException;
import org.homeward.reporting.model.imports.ImportSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they claim give a clear message naming the file and what is wrong, and save
 * nothing: a truncated XLSX, binary garbage named .xlsx, a CSV with a separator the headers do not match,
 * a 50 MB file, a zip bomb, an old .xls workbook.
 */
class MalformedFilesTest {

    private static long before;

    @BeforeAll
    static void services() throws Exception {
        LegacyImportTest.services();
        before = LegacyImportTest.cases.count(CaseFilter.ALL);
    }

    private static ImportException refused(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> {
            ImportSheet sheet = LegacyImportTest.legacy.open(file);
            LegacyImportTest.legacy.run(LegacyImportTest.legacy.plan(file, sheet.guessed(), n -> {
            }, () -> false), n -> {
            }, () -> false);
        });
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertEquals(before, LegacyImportTest.cases.count(CaseFilter.ALL), "nothing saved");
        return e;
    }

    private static Path goodXlsx(Path dir, String name) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("Nom", "Prénom", "Sexe", "Date de naissance", "Nationalité"));
        for (int i = 0; i < 400; i++) {
            rows.add(Arrays.asList(LegacyImportTest.fam("Tronque"), "Awa" + (char) ('a' + i % 26), "F",
                    LocalDate.of(1990, 1, 1).plusDays(i), "Sénégal"));
        }
        return LegacyFiles.xlsx(dir, name, rows);
    }

    @Test
    void truncatedXlsx(@TempDir Path dir) throws Exception {
        Path good = goodXlsx(dir, "complet.xlsx");
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("coupé.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refused(cut).getMessage().contains("XLSX"));
    }

    @Test
    void garbageNamedXlsx(@TempDir Path dir) throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'x';
        Path file = Files.write(dir.resolve("liste.xlsx"), garbage);
        assertTrue(refused(file).getMessage().contains(".xlsx"));
    }

    @Test
    void binaryGarbageNamedCsv(@TempDir Path dir) throws Exception {
        byte[] garbage = new byte[4096];
        new Random(9).nextBytes(garbage);
        Path file = Files.write(dir.resolve("liste.csv"), garbage);
        refused(file);
    }

    @Test
    void csvWithAnotherSeparator(@TempDir Path dir) throws Exception {
        Path file = LegacyFiles.csv(dir, "deux-points.csv", StandardCharsets.UTF_8, false, List.of(
                "Nom:Prénom:Sexe:Date de naissance:Nationalité", LegacyImportTest.fam("Sy") + ":Aminata:F:1990:SN"));
        ImportException e = refused(file);
        assertTrue(e.getMessage().contains("Nom:Prénom:Sexe"), e.getMessage());
    }

    @Test
    void fiftyMegabytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("énorme.csv");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write("Nom;Prénom\n".getBytes(StandardCharsets.UTF_8));
            f.setLength(50L * 1024 * 1024);
        }
        assertTrue(refused(file).getMessage().contains("50"));
    }

    @Test
    void zipBomb(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bombe.xlsx");
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 600; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < LegacyImportTestLimits.MAX_BYTES, "small on disk: " + Files.size(file));
        refused(file);
    }

    @Test
    void oldExcelWorkbook(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ancien.xls");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                    (byte) 0xE1});
            out.write(new byte[4096]);
        }
        assertTrue(refused(file).getMessage().contains("XLSX"));
    }

    /** The import's size limit, for the zip bomb to stay under it on disk. */
    static final class LegacyImportTestLimits {

        static final long MAX_BYTES = org.homeward.reporting.model.imports.LegacyImport.MAX_FILE_BYTES;
    }
}
