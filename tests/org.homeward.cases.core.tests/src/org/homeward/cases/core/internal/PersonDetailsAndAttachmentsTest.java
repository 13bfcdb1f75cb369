package org.homeward.cases.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.homeward.cases.model.Attachment;
import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.IdentityDocument;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.AttachmentService;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;

/** A person's other details, identity documents and the documents attached to a case. */
class PersonDetailsAndAttachmentsTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();
    private static EntityManagerFactory emf;

    private CaseServiceImpl cases;
    private HouseholdServiceImpl households;
    private AttachmentServiceImpl attachments;
    private MigrantCase registered;
    private Person principal;

    @BeforeAll
    static void database() throws InterruptedException {
        emf = TestDatabase.emf();
    }

    @BeforeEach
    void registerACase() throws Exception {
        cases = new CaseServiceImpl(emf, Clock.systemDefaultZone(), null, TestUser.ASSISTANT);
        households = new HouseholdServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone());
        attachments = new AttachmentServiceImpl(emf, TestUser.ASSISTANT, Clock.systemDefaultZone(), 1024 * 1024);
        registered = cases.register(new NewCase("Sylla" + TestDatabase.letters(4), "Fanta", null, Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(1995, 3, 14)), "GN"));
        principal = households.members(registered.getId()).get(0);
    }

    private static List<String> fields(ValidationException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void detailsAreSavedAndEachChangedFieldIsAudited() throws Exception {
        PersonDetails details = new PersonDetails("Kankan", "fr, ff", "+212 6 12 34 56 78", "Rabat",
                LocalDate.of(2023, 9, 2), "Algérie, Oujda", false);
        households.updateDetails(principal.getId(), principal.getVersion(), details);

        Person read = households.members(registered.getId()).get(0);
        assertEquals(details, read.getDetails());
        List<AuditEntry> trail = cases.auditTrail(registered.getId());
        assertTrue(trail.stream()
                .anyMatch(a -> "cityOfResidence".equals(a.getField()) && "Rabat".equals(a.getNewValue())));
        assertTrue(
                trail.stream().anyMatch(a -> "entryDate".equals(a.getField()) && "2023-09-02".equals(a.getNewValue())));
    }

    @Test
    void badDetailsNameTheirFieldsAndNothingIsSaved() throws Exception {
        PersonDetails bad = new PersonDetails("Kankan", null, "call me", "Rabat", LocalDate.now().plusDays(3), null,
                false);
        ValidationException e = assertThrows(ValidationException.class,
                () -> households.updateDetails(principal.getId(), principal.getVersion(), bad));

        assertEquals(List.of(PersonDetails.PHONE, PersonDetails.ENTRY_DATE), fields(e));
        assertTrue(e.problems().get(0).message().contains("Téléphone"), e.problems().get(0).message());
        assertEquals(null, households.members(registered.getId()).get(0).getDetails().placeOfBirth());
    }

    @Test
    void entryBeforeBirthIsRefused() {
        PersonDetails bad = new PersonDetails(null, null, null, null, LocalDate.of(1990, 1, 1), null, false);
        ValidationException e = assertThrows(ValidationException.class,
                () -> households.updateDetails(principal.getId(), principal.getVersion(), bad));
        assertEquals(List.of(PersonDetails.ENTRY_DATE), fields(e));
    }

    @Test
    void staleDetailsAreAConflictNotAnOverwrite() throws Exception {
        long read = principal.getVersion();
        households.updateDetails(principal.getId(), read,
                new PersonDetails(null, null, null, "Tanger", null, null, false));

        assertThrows(ConflictException.class, () -> households.updateDetails(principal.getId(), read,
                new PersonDetails(null, null, null, "Oujda", null, null, false)));
        assertEquals("Tanger", households.members(registered.getId()).get(0).getDetails().cityOfResidence());
    }

    @Test
    void documentsAreRecordedAndClearTheNoDocumentAnswer() throws Exception {
        Person none = households.updateDetails(principal.getId(), principal.getVersion(),
                new PersonDetails(null, null, null, null, null, null, true));
        assertTrue(none.getDetails().noDocuments());

        IdentityDocument passport = households.addDocument(principal.getId(), DocumentKind.PASSPORT, "GN0123456",
                "GN", LocalDate.of(2030, 1, 31));

        assertFalse(households.members(registered.getId()).get(0).getDetails().noDocuments());
        assertEquals(List.of("GN0123456"),
                households.documents(principal.getId()).stream().map(IdentityDocument::getNumber).toList());
        assertTrue(passport.isValidOn(LocalDate.of(2030, 1, 31)));
        assertFalse(passport.isValidOn(LocalDate.of(2030, 2, 1)));
        // "no document" cannot be answered while documents are recorded
        Person now = households.members(registered.getId()).get(0);
        ValidationException e = assertThrows(ValidationException.class, () -> households.updateDetails(now.getId(),
                now.getVersion(), new PersonDetails(null, null, null, null, null, null, true)));
        assertEquals(List.of(PersonDetails.NO_DOCUMENTS), fields(e));

        households.removeDocument(passport.getId(), passport.getVersion());
        assertEquals(List.of(), households.documents(principal.getId()));
        assertTrue(cases.auditTrail(registered.getId()).stream()
                .anyMatch(a -> a.getAction() == AuditEntry.Action.DELETE && "IdentityDocument".equals(a.getEntity())));
    }

    @Test
    void badDocumentNamesEveryField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> households.addDocument(principal.getId(), null, "  ", "XX", null));
        assertEquals(List.of(IdentityDocument.KIND, IdentityDocument.NUMBER, IdentityDocument.ISSUING_COUNTRY),
                fields(e));
        assertEquals(List.of(), households.documents(principal.getId()));
    }

    @Test
    void aScanIsStoredWithItsTypeAndReadBack() throws Exception {
        Attachment a = attachments.attach(registered.getId(), AttachmentKind.CONSENT_FORM, LocalDate.now(),
                "consentement signé.pdf", PDF);

        assertEquals("application/pdf", a.getMediaType());
        assertEquals(PDF.length, a.getSize());
        assertEquals(List.of(a.getId()),
                attachments.attachments(registered.getId()).stream().map(Attachment::getId).toList());
        assertArrayEquals(PDF, attachments.content(a.getId()));
        assertTrue(cases.auditTrail(registered.getId()).stream()
                .anyMatch(x -> "Attachment".equals(x.getEntity()) && x.getNewValue() != null
                        && x.getNewValue().startsWith("consentement signé.pdf (application/pdf")));
    }

    @Test
    void aFileThatIsNeitherPdfNorImageIsRefusedByContentNotName() {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        ValidationException e = assertThrows(ValidationException.class, () -> attachments
                .attach(registered.getId(), AttachmentKind.PASSPORT_SCAN, LocalDate.now(), "passeport.pdf",
                        executable));

        assertEquals(List.of(AttachmentService.FILE), fields(e));
        assertTrue(e.problems().get(0).message().contains("passeport.pdf"), e.problems().get(0).message());
        assertEquals(List.of(), attachments.attachments(registered.getId()));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() {
        byte[] big = new byte[2 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        ValidationException e = assertThrows(ValidationException.class, () -> attachments
                .attach(registered.getId(), AttachmentKind.PHOTO, LocalDate.now(), "photo.jpg", big));

        assertEquals(List.of(AttachmentService.FILE), fields(e));
        assertTrue(e.problems().get(0).message().contains("2.0"), e.problems().get(0).message());
        assertTrue(e.problems().get(0).message().contains("1.0"), e.problems().get(0).message());
        assertEquals(List.of(), attachments.attachments(registered.getId()));
    }

    @Test
    void imagesAreRecognisedByTheirFirstBytes() {
        assertEquals("image/png",
                AttachmentTypes.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals("image/tiff", AttachmentTypes.detect(new byte[]{'I', 'I', 0x2A, 0, 8}));
        assertEquals("image/jpeg",
                AttachmentTypes.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(null, AttachmentTypes.detect("PK\u0003\u0004 a .docx".getBytes()));
    }

    @Test
    void removedAttachmentLeavesATrail() throws Exception {
        Attachment a = attachments.attach(registered.getId(), AttachmentKind.OTHER, LocalDate.now(), "x.pdf", PDF);
        attachments.remove(a.getId(), a.getVersion());

        assertEquals(List.of(), attachments.attachments(registered.getId()));
        assertTrue(cases.auditTrail(registered.getId()).stream()
                .anyMatch(x -> x.getAction() == AuditEntry.Action.DELETE && "Attachment".equals(x.getEntity())));
    }

    @Test
    void aFileOnDiskIsMeasuredBeforeItIsRead() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("attachments");
        java.nio.file.Path scan = java.nio.file.Files.write(dir.resolve("passeport.pdf"), PDF);
        java.nio.file.Path huge = dir.resolve("scan énorme.tif");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024); // sparse: 3 MB on a 1 MB limit
        }

        assertEquals("passeport.pdf",
                attachments.attach(registered.getId(), AttachmentKind.PASSPORT_SCAN, LocalDate.now(), scan)
                        .getFileName());
        ValidationException e = assertThrows(ValidationException.class,
                () -> attachments.attach(registered.getId(), AttachmentKind.OTHER, LocalDate.now(), huge));
        assertTrue(e.problems().get(0).message().contains("scan énorme.tif"), e.problems().get(0).message());
        assertEquals(1, attachments.attachments(registered.getId()).size());
    }
}
