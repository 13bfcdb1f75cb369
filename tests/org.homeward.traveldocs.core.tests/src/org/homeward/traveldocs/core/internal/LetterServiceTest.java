package org.homeward.traveldocs.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.PersonDraft;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.SharingRecord;
import org.homeward.common.office.OfficeProfile;
import org.homeward.common.validation.RefusedException;
import org.homeward.traveldocs.model.Channel;
import org.homeward.traveldocs.model.RequestStatus;
import org.homeward.traveldocs.model.TravelDocRequest;
import org.homeward.traveldocs.model.service.LetterService.Letter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request letters checked with outside tools: the PDF's text as {@code pdftotext} extracts it
 * (accented French, the persons' names, Arabic shaped and right to left), and the ODT as a package
 * (and through LibreOffice when it is installed).
 */
class LetterServiceTest {

    private final LocalDate today = LocalDate.now();

    private static Services s;

    @BeforeAll
    static void services() throws Exception {
        s = Services.connect();
    }

    @AfterAll
    static void release() throws Exception {
        s.release();
    }

    private static String letters(int n) {
        return new Random().ints(n, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    /** An approved household of two: a principal with accents in her names, a spouse with a name in Arabic. */
    private MigrantCase household(String nationality, String family, Recipient... scopes) throws Exception {
        MigrantCase c = s.cases.register(new NewCase(family, "Aïssatou Hawa", null, Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(1991, 2, 17)), nationality));
        s.households.addMember(c.getId(), new PersonDraft(family, "Mamadou Saliou", "مامادو ساليو", null, Sex.MALE,
                DateOfBirth.estimatedYear(1987), nationality), Relationship.SPOUSE);
        return s.approve(c, scopes);
    }

    private TravelDocRequest request(MigrantCase c, String country) throws Exception {
        List<Long> persons = s.households.members(c.getId()).stream().map(p -> p.getId()).toList();
        return s.docs(s.workflow, Services.ASSISTANT).create(s.embassies.of(country).get(0).getId(), persons,
                Channel.LETTER);
    }

    private LetterServiceImpl letters() {
        return s.letters(Services.ASSISTANT);
    }

    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftotext finished");
        assertEquals(0, p.exitValue(), text);
        return text;
    }

    private List<SharingRecord> sharings(long caseId) {
        return s.consents.sharings(caseId).stream().filter(x -> x.getPurpose().startsWith("Lettre")).toList();
    }

    @Test
    void aFrenchLetterNamesThePersonsWithTheirAccentsAndLogsTheSharing() throws Exception {
        String family = "Condé" + letters(4);
        MigrantCase c = household("GN", family, Recipient.EMBASSY_OF_ORIGIN);
        TravelDocRequest r = request(c, "GN");
        Path folder = Files.createTempDirectory("letters");

        Letter letter = letters().requestLetter(r.getId(), folder);

        assertEquals("fr", letter.language());
        String text = pdftotext(letter.pdf());
        for (String expected : List.of(family, "Aïssatou Hawa", "Mamadou Saliou", "17/02/1991", "Guinée",
                r.getOurReference(), "Excellence", "très haute considération", "réintégration")) {
            assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }
        List<SharingRecord> shared = sharings(c.getId());
        assertEquals(2, shared.size(), "one sharing row per person named in the letter");
        assertEquals(Recipient.EMBASSY_OF_ORIGIN, shared.get(0).getRecipient());
        checkOdt(letter.odt(), family);
    }

    /** An office as a country plugin describes it: name with its article, city, signatory. */
    private static final OfficeProfile RABAT = new OfficeProfile() {

        @Override
        public String caseNumberPrefix() {
            return "RBA";
        }

        @Override
        public String countryCode() {
            return "MA";
        }

        @Override
        public String officeName() {
            return "Bureau de Rabat";
        }

        @Override
        public String letterName(String language) {
            return "Le Bureau de Rabat";
        }

        @Override
        public String city() {
            return "Rabat";
        }

        @Override
        public Signatory signatory(String language) {
            return new Signatory("Aminata Kourouma", "La Cheffe de Bureau");
        }
    };

    @Test
    void aLetterReadsAsAnEmbassyExpects() throws Exception {
        MigrantCase c = household("GN", "Sow" + letters(4), Recipient.EMBASSY_OF_ORIGIN);
        TravelDocRequest r = request(c, "GN");

        Letter letter = s.letters(Services.ASSISTANT, RABAT).requestLetter(r.getId(),
                Files.createTempDirectory("letters"));

        String text = pdftotext(letter.pdf()).replaceAll("\\s+", " ");
        for (String expected : List.of(
                "\u00c0 Son Excellence Monsieur l'Ambassadeur de la R\u00e9publique de Guin\u00e9e",
                "Notre r\u00e9f\u00e9rence : " + r.getOurReference(), "Rabat, le ",
                "Le Bureau de Rabat a l'honneur", "La Cheffe de Bureau", "Aminata Kourouma")) {
            assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("\u2014 GN") || text.contains("Ambassade \u2014"),
                "no codes in the addressee:\n" + text);
    }

    @Test
    void theLetterIsKeptInTheCaseFileAndRegeneratingKeepsTheEarlierVersion() throws Exception {
        MigrantCase c = household("GN", "Bah" + letters(4), Recipient.EMBASSY_OF_ORIGIN);
        TravelDocRequest r = request(c, "GN");

        Letter first = letters().requestLetter(r.getId(), Files.createTempDirectory("letters"));
        letters().requestLetter(r.getId(), Files.createTempDirectory("letters"));

        List<Attachment> kept = s.attachments.attachments(c.getId()).stream()
                .filter(a -> a.getKind() == AttachmentKind.GENERATED).toList();
        assertEquals(4, kept.size(), "PDF and ODT, twice: " + kept);
        Attachment firstPdf = kept.stream().filter(a -> a.getFileName().endsWith(".pdf") && a.getRevision() == 1)
                .findFirst().orElseThrow();
        assertEquals(r.getOurReference(), firstPdf.getSource());
        assertEquals("fr", firstPdf.getLanguage());
        assertEquals(Services.ASSISTANT.name(), firstPdf.getAddedBy());
        assertTrue(firstPdf.getTitle().contains("Guin\u00e9e"), firstPdf.getTitle());
        assertTrue(kept.stream().anyMatch(a -> a.getFileName().endsWith(".odt") && a.getRevision() == 2));
        assertEquals(List.of(Files.readAllBytes(first.pdf()).length),
                List.of(s.attachments.content(firstPdf.getId()).length), "the first version as it was written");
        assertTrue(pdftotext(first.pdf()).contains(r.getOurReference()));

        // sending the request marks the last version as the one sent; the first stays a draft
        TravelDocServiceImpl docs = s.docs(s.workflow, Services.ASSISTANT);
        TravelDocRequest now = docs.request(r.getId(), today).orElseThrow().request();
        docs.changeStatus(r.getId(), now.getVersion(), RequestStatus.SENT, today, null);
        List<Attachment> after = s.attachments.attachments(c.getId()).stream()
                .filter(a -> a.getKind() == AttachmentKind.GENERATED).toList();
        assertEquals(List.of(today, today), after.stream().filter(a -> a.getRevision() == 2).map(Attachment::getSentOn)
                .toList(), "both files of the version sent");
        assertTrue(after.stream().filter(a -> a.getRevision() == 1).allMatch(a -> a.getSentOn() == null),
                "the earlier version is not the one sent");
    }

    @Test
    void anArabicLetterIsShapedAndReadsRightToLeft() throws Exception {
        String family = "Adam" + letters(4);
        MigrantCase c = household("SD", family, Recipient.EMBASSY_OF_ORIGIN);
        TravelDocRequest r = request(c, "SD");

        Letter letter = letters().requestLetter(r.getId(), Files.createTempDirectory("letters"));

        assertEquals("ar", letter.language());
        String text = pdftotext(letter.pdf());
        assertTrue(text.codePoints().anyMatch(cp -> cp >= 0xFE70 && cp <= 0xFEFF),
                "Arabic written with its joining forms (presentation forms), so shaped:\n" + text);
        String logical = Normalizer.normalize(text, Normalizer.Form.NFKC);
        assertTrue(logical.contains("مامادو ساليو"), "the name in reading order:\n" + logical);
        assertTrue(logical.contains("الموضوع"), "the subject line in reading order:\n" + logical);
        assertTrue(text.contains(family), "Latin names kept as they are:\n" + text);
        checkOdt(letter.odt(), "مامادو ساليو");
    }

    @Test
    void noLetterWhenTheConsentDoesNotCoverTheEmbassy() throws Exception {
        MigrantCase c = household("GN", "Barry" + letters(4), Recipient.PARTNER_ORGANISATIONS);
        TravelDocRequest r = request(c, "GN");
        Path folder = Files.createTempDirectory("letters");

        assertThrows(RefusedException.class, () -> letters().requestLetter(r.getId(), folder));

        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing written");
        }
        assertEquals(List.of(), sharings(c.getId()), "nothing logged as shared");
    }

    /** The ODT is a valid package with the names in its content; LibreOffice converts it when installed. */
    private static void checkOdt(Path odt, String name) throws Exception {
        try (ZipFile zip = new ZipFile(odt.toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals(OdtLetter.MEDIA_TYPE, new String(zip.getInputStream(first).readAllBytes(),
                    StandardCharsets.US_ASCII));
            try (InputStream content = zip.getInputStream(zip.getEntry("content.xml"))) {
                String text = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(content)
                        .getDocumentElement().getTextContent();
                assertTrue(text.contains(name), text);
            }
            assertFalse(zip.getEntry("META-INF/manifest.xml") == null);
        }
        Path soffice = List.of("/usr/bin/soffice", "/usr/bin/libreoffice").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (soffice == null) {
            System.out.println("LibreOffice check skipped: no soffice or libreoffice in /usr/bin on this machine");
            return;
        }
        Path out = Files.createTempDirectory("odt-check");
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "--convert-to", "pdf", "--outdir",
                out.toString(), odt.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice finished");
        assertEquals(0, p.exitValue(), log);
        try (var files = Files.list(out)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".pdf")).count(), log);
        }
    }

    /** A user whose name the sharing log cannot hold: writing the log fails. */
    static final org.homeward.common.security.CurrentUser UNLOGGABLE = new org.homeward.common.security.CurrentUser() {

        @Override
        public String name() {
            return "x".repeat(80); // longer than the log's 64 characters
        }

        @Override
        public org.homeward.common.security.Role role() {
            return org.homeward.common.security.Role.OPERATIONS_ASSISTANT;
        }
    };

    @Test
    void aLetterWhoseFileCannotBeWrittenLeavesNoSharingRecord() throws Exception {
        MigrantCase c = household("GN", "Camara" + letters(4), Recipient.EMBASSY_OF_ORIGIN);
        TravelDocRequest r = request(c, "GN");
        Path folder = Files.createTempDirectory("letters");
        Files.createDirectories(folder.resolve(r.getOurReference() + "-fr.pdf").resolve("taken"));

        assertThrows(RuntimeException.class, () -> letters().requestLetter(r.getId(), folder));

        assertEquals(List.of(), sharings(c.getId()), "nothing logged as shared: no letter went out");
        try (var left = Files.list(folder)) {
            assertEquals(List.of(r.getOurReference() + "-fr.pdf"),
                    left.map(f -> f.getFileName().toString()).toList(), "no letter file nor staging left");
        }
    }

    @Test
    void aLetterWhoseSharingLogFailsIsNotLeftInTheFolder() throws Exception {
        MigrantCase c = household("GN", "Keita" + letters(4), Recipient.EMBASSY_OF_ORIGIN);
        TravelDocRequest r = request(c, "GN");
        Path folder = Files.createTempDirectory("letters");
        LetterServiceImpl unloggable = s.letters(UNLOGGABLE);

        assertThrows(RuntimeException.class, () -> unloggable.requestLetter(r.getId(), folder));

        assertEquals(List.of(), sharings(c.getId()));
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "a letter not logged as shared is not kept");
        }
    }
}
