package org.homeward.reporting.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseRow;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.CaseImportService;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.DuplicateService;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.reporting.model.imports.ImportField;
import org.homeward.reporting.model.imports.ImportPlan;
import org.homeward.reporting.model.imports.ImportSheet;
import org.homeward.reporting.model.imports.RowNote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Imports of legacy files written by a spreadsheet library (XLSX) or saved as CSV in UTF-8 and
 * Windows-1252: the mapping guessed from French and English headers, values as people type them, households
 * grouped, the dry run's counts equal to what the import saves, and a second import that saves nothing.
 */
class LegacyImportTest {

    static final String SUFFIX = new Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString();

    static CaseService cases;
    static HouseholdService households;
    static LegacyImportImpl legacy;
    static MigrantCase existing;

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(FrameworkUtil.getBundle(LegacyImportTest.class)
                .getBundleContext(), type, null);
        t.open();
        T found = t.waitForService(60_000);
        assertNotNull(found, type.getSimpleName());
        return found;
    }

    @BeforeAll
    static synchronized void services() throws Exception {
        if (legacy != null) {
            return;
        }
        cases = service(CaseService.class);
        households = service(HouseholdService.class);
        legacy = new LegacyImportImpl(service(CaseImportService.class), service(DuplicateService.class), households,
                service(org.homeward.common.security.CurrentUser.class));
        existing = cases.register(new NewCase("Keita" + SUFFIX, "Sekou", null, Sex.MALE,
                DateOfBirth.exact(LocalDate.of(1992, 8, 14)), "ML"));
    }

    static String fam(String name) {
        return name + SUFFIX;
    }

    static long count(String family) {
        return cases.count(new CaseFilter(family));
    }

    @Test
    void frenchXlsxFromASpreadsheetLibrary(@TempDir Path dir) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("N° ménage", "Nom", "Prénom", "Sexe", "Date de naissance", "Nationalité",
                "Date d'entretien", "Statut", "Date de départ", "Lien de parenté", "Nom en arabe"));
        rows.add(row("M-1", fam("Diallo"), "Mamadou", "H", LocalDate.of(1990, 3, 12), "Guinée", 45306, "Parti",
                "2024-05-20", "Chef de ménage", ""));
        rows.add(row("M-1", fam("Diallo"), "Aissatou", "F", "3/4/15", "Guinée", "", "", "", "Fille", ""));
        rows.add(row("", fam("Kouassi"), "Kouadio", "Masculin", "1988", "Cote d'Ivoire", "12/01/2024", "Désisté",
                "", "", ""));
        rows.add(row("M-3", fam("Mbuyi"), "Jean", "M", "1985-07-01", "RDC", "", "", "", "", ""));
        rows.add(row("M-3", fam("Mbuyi"), "Marie", "F", "31/02/1990", "RDC", "", "", "", "", ""));
        rows.add(row("", "=HYPERLINK(\"http://x\")", "Ali", "M", "01/01/1990", "Mali", "", "", "", "", ""));
        rows.add(row("", fam("Traore"), "Ousmane", "M", "01/01/1991", "Atlantide", "", "", "", "", ""));
        rows.add(row("", fam("Kouassi"), "Kouadio", "M", "1988", "CIV", "", "", "", "", ""));
        rows.add(row("", "Keita" + SUFFIX, "Sekou", "M", "14/08/1992", "Malien", "", "", "", "", ""));
        rows.add(row("", fam("Osman"), "Youssef", "M", "01/01/1995", "Soudanais", "", "", "", "", "يوسف عثمان"));
        Path file = LegacyFiles.xlsx(dir, "dossiers 2024.xlsx", rows);

        ImportSheet sheet = legacy.open(file);
        assertEquals("XLSX", sheet.format());
        assertEquals(Arrays.asList(ImportField.HOUSEHOLD, ImportField.FAMILY_NAME, ImportField.GIVEN_NAMES,
                ImportField.SEX, ImportField.DATE_OF_BIRTH, ImportField.NATIONALITY, ImportField.INTERVIEW_DATE,
                ImportField.STATUS, ImportField.DEPARTURE_DATE, ImportField.RELATIONSHIP, ImportField.ARABIC_NAME),
                sheet.guessed().columns());

        ImportPlan plan = legacy.plan(file, sheet.guessed(), n -> {
        }, () -> false);
        assertEquals(10, plan.rows());
        assertEquals(3, plan.households().size(), notes(plan));
        assertEquals(4, plan.personsToCreate());
        Map<Integer, RowNote> byRow = plan.notes().stream().collect(Collectors.toMap(RowNote::row, n -> n,
                (a, b) -> a));
        assertEquals(RowNote.Kind.REJECTED, byRow.get(6).kind());
        assertEquals("Date de naissance", byRow.get(6).column());
        assertTrue(byRow.get(6).message().contains("31/02/1990"), byRow.get(6).message());
        assertEquals(RowNote.Kind.REJECTED, byRow.get(5).kind(), "the other row of a household with a bad row");
        assertEquals("Nom", byRow.get(7).column());
        assertEquals("Nationalité", byRow.get(8).column());
        assertTrue(byRow.get(8).message().contains("Atlantide"));
        assertEquals(RowNote.Kind.MATCHES_ROW, byRow.get(9).kind());
        assertEquals(RowNote.Kind.MATCHES_EXISTING, byRow.get(10).kind());
        assertTrue(byRow.get(10).message().contains(existing.getCaseNumber()), byRow.get(10).message());
        assertEquals(4, plan.count(RowNote.Kind.REJECTED));
        assertEquals(0, count(fam("Diallo")), "the dry run saves nothing");

        CaseImportService.Outcome done = legacy.run(plan, n -> {
        }, () -> false);
        assertEquals(plan.households().size(), done.cases());
        assertEquals(plan.personsToCreate(), done.persons());
        assertEquals(1, count(fam("Diallo")));
        assertEquals(1, count(fam("Kouassi")));
        assertEquals(0, count(fam("Mbuyi")));
        assertEquals(0, count(fam("Traore")));

        CaseRow diallo = cases.page(new CaseFilter(fam("Diallo")), 0, 1).get(0);
        MigrantCase c = cases.find(diallo.id()).orElseThrow();
        assertEquals(CaseStatus.DEPARTED, c.getStatus());
        List<Person> members = households.members(c.getId());
        assertEquals(List.of("Mamadou", "Aissatou"), members.stream().map(Person::getGivenNames).toList());
        assertEquals(Relationship.CHILD, members.get(1).getRelationship());
        assertEquals(LocalDate.of(2015, 4, 3), members.get(1).getDateOfBirth().exactDate());
        assertEquals(LocalDate.of(1990, 3, 12), members.get(0).getDateOfBirth().exactDate());
        assertEquals("GN", c.getNationality());
        assertTrue(c.getCaseNumber().matches("[A-Z]+-2024-\\d+"), c.getCaseNumber());
        MigrantCase kouassi = cases.find(cases.page(new CaseFilter(fam("Kouassi")), 0, 1).get(0).id()).orElseThrow();
        assertEquals("CI", kouassi.getNationality());
        assertEquals(DateOfBirth.estimatedYear(1988), kouassi.getDateOfBirth());
        assertEquals(CaseStatus.WITHDRAWN, kouassi.getStatus());
        MigrantCase osman = cases.find(cases.page(new CaseFilter(fam("Osman")), 0, 1).get(0).id()).orElseThrow();
        assertEquals("SD", osman.getNationality());
        assertEquals("يوسف عثمان", osman.getArabicName());
        assertTrue(cases.auditTrail(c.getId()).stream().anyMatch(a -> "dossiers 2024.xlsx".equals(a.getNewValue())),
                "the import is in the case's audit trail");

        ImportPlan again = legacy.plan(file, sheet.guessed(), n -> {
        }, () -> false);
        assertEquals(0, again.households().size(), notes(again));
        assertEquals(0, legacy.run(again, n -> {
        }, () -> false).cases());
        assertEquals(1, count(fam("Diallo")), "a second import creates nothing");
        assertEquals(1, count(fam("Kouassi")));
    }

    @Test
    void windows1252CsvWithEnglishHeaders(@TempDir Path dir) throws Exception {
        Path file = LegacyFiles.csv(dir, "old.csv", CsvTable.WINDOWS_1252, false, List.of(
                "Household;Family name;Given names;Sex;Date of birth;Nationality;Relationship",
                "F7;" + fam("Sow") + ";Hélène;Female;07/09/1989;Sénégal;Head",
                "F7;" + fam("Sow") + ";Adèle;F;2012;Sénégalaise;Daughter",
                ";" + fam("Bamba") + ";Zoé;F;1993-02-28;Côte d'Ivoire;"));
        ImportSheet sheet = legacy.open(file);
        assertEquals("CSV (windows-1252, ;)", sheet.format());
        assertEquals("Hélène", sheet.sample().get(0).get(2));
        ImportPlan plan = legacy.plan(file, sheet.guessed(), n -> {
        }, () -> false);
        assertEquals(2, plan.households().size(), notes(plan));
        CaseImportService.Outcome done = legacy.run(plan, n -> {
        }, () -> false);
        assertEquals(3, done.persons());
        MigrantCase sow = cases.find(cases.page(new CaseFilter(fam("Sow")), 0, 1).get(0).id()).orElseThrow();
        assertEquals("SN", sow.getNationality());
        List<Person> members = households.members(sow.getId());
        assertEquals(List.of("Hélène", "Adèle"), members.stream().map(Person::getGivenNames).toList());
        assertEquals(Relationship.CHILD, members.get(1).getRelationship());
        assertEquals(DateOfBirth.estimatedYear(2012), members.get(1).getDateOfBirth());
    }

    @Test
    void utf8CsvWithMarkAndCommas(@TempDir Path dir) throws Exception {
        Path file = LegacyFiles.csv(dir, "export.csv", StandardCharsets.UTF_8, true, List.of(
                "Nom,Prénom,Sexe,Date de naissance,Nationalité,Nom en arabe",
                fam("Haddad") + ",Rania,F,\"5/6/01\",Syrie,رانيا حداد"));
        ImportSheet sheet = legacy.open(file);
        assertEquals("CSV (UTF-8, ,)", sheet.format());
        ImportPlan plan = legacy.plan(file, sheet.guessed(), n -> {
        }, () -> false);
        assertEquals(1, legacy.run(plan, n -> {
        }, () -> false).cases());
        MigrantCase haddad = cases.find(cases.page(new CaseFilter(fam("Haddad")), 0, 1).get(0).id()).orElseThrow();
        assertEquals("رانيا حداد", haddad.getArabicName());
        assertEquals(LocalDate.of(2001, 6, 5), haddad.getDateOfBirth().exactDate());
        assertEquals("SY", haddad.getNationality());
    }

    @Test
    void theUserCorrectsTheMapping(@TempDir Path dir) throws Exception {
        Path file = LegacyFiles.csv(dir, "codes.csv", StandardCharsets.UTF_8, false, List.of(
                "Col A;Col B;Col C;Col D;Col E", fam("Camara") + ";Fatou;F;1999;GN"));
        ImportSheet sheet = legacy.open(file);
        assertTrue(sheet.guessed().missing().contains(ImportField.FAMILY_NAME));
        var mapping = sheet.guessed().with(0, ImportField.FAMILY_NAME).with(1, ImportField.GIVEN_NAMES)
                .with(2, ImportField.SEX).with(3, ImportField.DATE_OF_BIRTH).with(4, ImportField.NATIONALITY);
        ImportPlan plan = legacy.plan(file, mapping, n -> {
        }, () -> false);
        assertEquals(1, plan.households().size(), notes(plan));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static String notes(ImportPlan plan) {
        return plan.notes().stream().map(n -> n.row() + " " + n.kind() + " " + n.column() + ": " + n.message())
                .collect(Collectors.joining("\n"));
    }
}
