package org.homeward.reporting.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseExports;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.persistence.SecretStore;
import org.homeward.reporting.model.ReportExport.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManagerFactory;

/**
 * Anonymised case lists leave the office with no name, document number or phone number of the seeded
 * cases anywhere in the file's bytes (inside the XLSX's zip entries too), and each case keeps its code
 * from one export to the next.
 */
class CaseListExportTest {

    private static String family;
    private static final String PASSPORT = "PX" + (1000000 + new Random().nextInt(8999999));
    private static final String PHONE = "+212 6" + (10000000 + new Random().nextInt(89999999));
    private static CaseListExportImpl export;

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(FrameworkUtil.getBundle(CaseListExportTest.class)
                .getBundleContext(), type, null);
        t.open();
        return t.waitForService(60_000);
    }

    @BeforeAll
    static void twoCases() throws Exception {
        family = "Qassemi" + new Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append);
        CaseService cases = service(CaseService.class);
        HouseholdService households = service(HouseholdService.class);
        for (String given : List.of("Zoubida", "Yacine")) {
            MigrantCase c = cases.register(new NewCase(family, given, null, Sex.FEMALE,
                    DateOfBirth.exact(LocalDate.of(1991, 5, 17)), "DZ"));
            Person p = households.members(c.getId()).get(0);
            households.addDocument(p.getId(), DocumentKind.PASSPORT, PASSPORT + given.charAt(0), "DZ",
                    LocalDate.now().plusYears(4));
            p = households.person(p.getId()).orElseThrow();
            households.updateDetails(p.getId(), p.getVersion(), new PersonDetails(null, null, PHONE, "Oujda", null,
                    null, false));
        }
        export = new CaseListExportImpl(service(CaseExports.class), service(SecretStore.class),
                service(EntityManagerFactory.class), service(AuditService.class), ReportExportTest.OFFICER);
    }

    private static byte[] written(Format format, boolean anonymised) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, export.write(new CaseFilter(family), format, anonymised, out));
        return out.toByteArray();
    }

    /** The file's bytes, and for an XLSX the bytes of each entry of its zip as well. */
    private static String everything(byte[] file, Format format) throws Exception {
        StringBuilder all = new StringBuilder(new String(file, StandardCharsets.ISO_8859_1));
        if (format == Format.XLSX) {
            java.nio.file.Path copy = java.nio.file.Files.createTempFile("homeward-export", ".xlsx");
            try {
                java.nio.file.Files.write(copy, file);
                try (ZipFile zip = new ZipFile(copy.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.delete(copy);
            }
        }
        return all.toString();
    }

    @Test
    void aListWithNamesIsRefusedToAnAssistantAndNothingIsWritten() throws Exception {
        CaseListExportImpl asAssistant = new CaseListExportImpl(service(CaseExports.class), service(SecretStore.class),
                service(EntityManagerFactory.class), service(AuditService.class),
                new SubjectAccessTest.Staff("awa.assistant", org.homeward.common.security.Role.OPERATIONS_ASSISTANT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(org.homeward.common.validation.RefusedException.class,
                () -> asAssistant.write(new CaseFilter(family), Format.CSV, false, out));
        assertEquals(0, out.size());
        assertEquals(2, asAssistant.write(new CaseFilter(family), Format.CSV, true, out), "anonymised, it may");
    }

    @Test
    void anonymisedFilesHoldNoNameDocumentOrPhone() throws Exception {
        for (Format format : Format.values()) {
            String bytes = everything(written(format, true), format);
            for (String secret : List.of(family, "Zoubida", "Yacine", PASSPORT, PHONE, "1991-05-17", "RBA-")) {
                assertFalse(bytes.contains(secret), format + " holds " + secret);
            }
            assertTrue(bytes.contains("25-49"), format + ": the age group is there");
        }
        String full = new String(written(Format.CSV, false), StandardCharsets.UTF_8);
        assertTrue(full.contains(family) && full.contains("1991-05-17"), "the office's own export names them");
    }

    @Test
    void aCaseKeepsItsCodeFromOneExportToTheNext() throws Exception {
        List<String> first = codes(new String(written(Format.CSV, true), StandardCharsets.UTF_8));
        List<String> second = codes(new String(written(Format.CSV, true), StandardCharsets.UTF_8));

        assertEquals(first, second);
        assertNotEquals(first.get(0), first.get(1), "two cases, two codes");
        assertTrue(first.get(0).matches("[0-9A-F]{16}"), first.get(0));
    }

    private static List<String> codes(String csv) {
        return csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(';'))).toList();
    }
}
