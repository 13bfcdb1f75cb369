package org.homeward.movements.core.internal;

import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.MigrantCase;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.DepartureKind;
import org.homeward.movements.model.ManifestLine;
import org.homeward.movements.model.PreEmbarkation;
import org.homeward.movements.model.service.DepartureDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.spi.DepartureForm;
import org.homeward.movements.model.spi.DepartureTexts;
import org.homeward.movements.model.spi.FormContent;
import org.junit.jupiter.api.Test;

/** The documents of a departure, read back with pdftotext as the office's viewers read them. */
class DepartureDocumentsTest {

    private static Fixtures f;

    @BeforeAll
    static void services() throws Exception {
        f = new Fixtures();
        f.missions("conakry@mission.example", "istanbul@mission.example");
    }

    @AfterAll
    static void release() throws Exception {
        TestAccounts.signInAs(Role.OPERATIONS_ASSISTANT);
    }

    @Test
    void theDeclarationIsInFrenchAndArabicAndEveryDocumentIsKeptInTheCaseFile() throws Exception {
        String family = Fixtures.family();
        MigrantCase a = f.approvedCase(family, "Mariama", Set.of());
        MigrantCase b = f.approvedCase(Fixtures.family(), "Ibrahima", Set.of());
        Departure d = f.departures.plan(f.day, DepartureKind.SCHEDULED, "TK618 Conakry", List.of(
                f.ticketed("DOC01", f.principal(a)).getId(), f.ticketed("DOC02", f.principal(b)).getId()));
        ManifestLine first = f.departures.manifest(d.getId()).lines().get(0);
        f.departures.check(first.passenger().getId(), first.passenger().getVersion(),
                new PreEmbarkation(true, true, false, new BigDecimal("500.00"), "PC-0042"));
        DepartureDocumentsImpl documents = f.documents();
        AtomicInteger done = new AtomicInteger();

        List<Attachment> kept = documents.generate(d.getId(), done::set, () -> false);

        assertEquals(2, done.get(), "progress told case by case");
        assertEquals(List.of(DepartureDocuments.DECLARATION, DepartureDocuments.CHECKLIST,
                DepartureDocuments.TRAVEL_SHEET, DepartureDocuments.RECEIPT),
                kept.stream()
                        .filter(x -> x.getCaseId() == a.getId()).map(Attachment::getDocumentType).toList());
        assertEquals(8, f.attachments.attachments(a.getId()).stream()
                .filter(x -> x.getDocumentType() != null && x.getDocumentType().startsWith("movements.")).count(),
                "four documents, each as PDF and ODT");
        Attachment declaration = kept.get(0);
        byte[] pdf = f.attachments.content(declaration.getId());
        Path copy = Path.of("target", "declaration-voluntary-return.pdf");
        Files.createDirectories(copy.getParent());
        Files.write(copy, pdf); // kept for a look with pdftoppm
        String text = Fixtures.pdftotext(pdf);
        assertTrue(text.contains("Déclaration de retour volontaire"), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("Je soussigné(e) Mariama " + family), text);
        assertTrue(text.contains("Guinée"), text);
        assertTrue(text.contains("\uFE97\uFEBC\uFEAE\uFEF3\uFEA2"),
                "Arabic written with its joining forms, so shaped: " + text);
        String logical = Normalizer.normalize(text, Normalizer.Form.NFKC);
        assertTrue(logical.contains("تصريح بالعودة الطوعية"), "the Arabic title, in logical order: " + logical);
        // lines break where the names' widths put them: the declaration's words, each in logical order
        for (String word : List.of("بأنني", "أطلب", "بحرية", "وطواعية", "مساعدة", "للعودة", "بلدي", "الأصلي",
                "جنسية", "غينيا")) {
            assertTrue(logical.contains(word), word + " in the Arabic declaration: " + logical);
        }

        Attachment odt = f.attachments.attachments(a.getId()).stream().filter(x -> x.getFileName().endsWith(".odt")
                && DepartureDocuments.DECLARATION.equals(x.getDocumentType())).findFirst().orElseThrow();
        String edited = Fixtures.libreOfficeText(f.attachments.content(odt.getId()));
        assertTrue(edited.replaceAll("\\s+", " ").contains("Je soussigné(e) Mariama " + family)
                && edited.contains("تصريح بالعودة الطوعية")
                && edited.contains("بحرية وطواعية"), "the ODT as LibreOffice reads it: " + edited);

        String sheet = Fixtures.pdftotext(f.attachments.content(kept.get(2).getId()));
        assertTrue(sheet.contains("TK545") && sheet.contains("Conakry (CKY) " + f.day.plusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")) + " 02:40"),
                "the flight landing after midnight, in Conakry's time: " + sheet);
        assertTrue(sheet.contains("Correspondance à Istanbul : 5h10"), sheet);
        assertTrue(sheet.contains("Mission de Conakry, M. Diallo"), sheet);
        String receipt = Fixtures.pdftotext(f.attachments.content(kept.get(3).getId()));
        assertTrue(receipt.contains("PC-0042") && receipt.contains("500.00"), receipt);
        String manifest = Fixtures.pdftotext(documents.manifest(d.getId()));
        assertTrue(manifest.contains("DOC01") && manifest.contains("DOC02") && manifest.contains("Ibrahima"), manifest);
    }

    @Test
    void aCancelledRunKeepsTheCasesAlreadyDone() throws Exception {
        MigrantCase a = f.approvedCase(Fixtures.family(), "Fanta", Set.of());
        MigrantCase b = f.approvedCase(Fixtures.family(), "Sekou", Set.of());
        Departure d = f.departures.plan(f.day, DepartureKind.CHARTER, "Charter Conakry", List.of(
                f.ticketed("DOC03", f.principal(a)).getId(), f.ticketed("DOC04", f.principal(b)).getId()));
        AtomicInteger done = new AtomicInteger();

        List<Attachment> kept = f.documents().generate(d.getId(), done::set, () -> done.get() >= 1);

        assertEquals(1, done.get());
        assertEquals(3, kept.size(), "declaration, checklist and travel sheet of the first case");
        assertTrue(f.attachments.attachments(b.getId()).stream().noneMatch(x -> x.getDocumentType() != null
                && x.getDocumentType().startsWith("movements.")), "nothing for the case not reached");
    }

    @Test
    void theOfficeWordingAndTheFormItDeclaresGoIntoTheCaseFile() throws Exception {
        String family = Fixtures.family();
        MigrantCase a = f.approvedCase(family, "Hawa", Set.of());
        Departure d = f.departures.plan(f.day, DepartureKind.SCHEDULED, "TK618 formulaire", List.of(
                f.ticketed("DOC05", f.principal(a)).getId()));
        DepartureTexts wording = (key, language) -> key.equals("declaration.reference")
                ? (language.equals("fr") ? "Programme de retour volontaire du bureau" : "برنامج العودة الطوعية للمكتب")
                : null;
        DepartureForm form = new DepartureForm() {

            @Override
            public String type() {
                return "test.border-form";
            }

            @Override
            public String title() {
                return "Fiche de sortie";
            }

            @Override
            public FormContent content(Manifest manifest, List<ManifestLine> lines,
                    java.util.function.LongFunction<org.homeward.movements.model.Itinerary> itineraries) {
                return new FormContent("Fiche de sortie du territoire", List.of("Départ " + manifest.departure()
                        .getLabel()), List.of("Nom", "Document"), lines.stream().map(
                                l -> List.of(l.name(),
                                        l.documentNumber()))
                                .toList(),
                        List.of("Cachet du bureau"));
            }
        };

        List<Attachment> kept = f.documents(new OfficeDocuments(List.of(wording), List.of(form)))
                .generate(d.getId(), n -> {
                }, () -> false);

        String declaration = Fixtures.pdftotext(f.attachments.content(kept.get(0).getId()));
        assertTrue(declaration.contains("Programme de retour volontaire du bureau"), declaration);
        Attachment fiche = kept.stream().filter(x -> x.getDocumentType().equals("test.border-form")).findFirst()
                .orElseThrow();
        String text = Fixtures.pdftotext(f.attachments.content(fiche.getId()));
        assertTrue(
                text.contains("Fiche de sortie du territoire") && text.replaceAll("\\s", "").contains("Hawa" + family)
                        && text.contains("Départ TK618 formulaire") && text.contains("Cachet du bureau"),
                text);
        assertEquals(2, f.attachments.attachments(a.getId()).stream()
                .filter(x -> "test.border-form".equals(x.getDocumentType())).count(), "as PDF and as ODT");
        String plain = Fixtures.pdftotext(f.attachments.content(f.documents().generate(d.getId(), n -> {
        }, () -> false).get(0).getId()));
        assertFalse(plain.contains("Programme de retour volontaire du bureau"), "Homeward's own wording has none");
    }
}
