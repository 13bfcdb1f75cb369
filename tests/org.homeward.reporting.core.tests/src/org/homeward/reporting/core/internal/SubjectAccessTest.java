package org.homeward.reporting.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.DateOfBirth;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.NewCase;
import org.homeward.cases.model.Person;
import org.homeward.cases.model.PersonDetails;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.service.AuditService;
import org.homeward.cases.model.service.CaseLifecycleParticipant;
import org.homeward.cases.model.service.CaseService;
import org.homeward.cases.model.service.ConsentService;
import org.homeward.cases.model.service.ConsentService.ConsentInput;
import org.homeward.cases.model.service.HouseholdService;
import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Role;
import org.homeward.common.validation.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import jakarta.persistence.EntityManagerFactory;

/**
 * A person's subject access report, read back with pdftotext: their identity, phone and passport, their
 * consent, what was shared with whom, and who opened the file (this report included); refused to an
 * operations assistant.
 */
class SubjectAccessTest {

    /** Who makes the report. */
    record Staff(String name, Role role) implements CurrentUser {
    }

    @TempDir
    Path dir;

    private static <T> T service(Class<T> type) throws InterruptedException {
        return DonorReportTest.service(type);
    }

    private static SubjectAccessServiceImpl report(CurrentUser user) throws Exception {
        SubjectAccessServiceImpl s = new SubjectAccessServiceImpl(service(EntityManagerFactory.class),
                service(CaseService.class), service(HouseholdService.class), service(AuditService.class), user);
        BundleContext context = FrameworkUtil.getBundle(SubjectAccessTest.class).getBundleContext();
        for (ServiceReference<CaseLifecycleParticipant> ref : context.getServiceReferences(
                CaseLifecycleParticipant.class, null)) {
            Map<String, Object> properties = new HashMap<>();
            for (String key : ref.getPropertyKeys()) {
                properties.put(key, ref.getProperty(key));
            }
            s.addParticipant(context.getService(ref), properties);
        }
        return s;
    }

    @Test
    void theReportHoldsThePersonsDataWhatWasSharedAndWhoOpenedTheFile() throws Exception {
        Random random = new Random();
        String family = "Ouedraogo" + random.ints(5, 'a', 'z' + 1).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append);
        String phone = "+212 6" + (10_000_000 + random.nextInt(89_999_999));
        String passport = "OP" + (1_000_000 + random.nextInt(8_999_999));
        CaseService cases = service(CaseService.class);
        HouseholdService households = service(HouseholdService.class);
        MigrantCase c = cases.register(new NewCase(family, "Salif", null, Sex.MALE,
                DateOfBirth.exact(LocalDate.of(1988, 2, 9)), "BF"));
        Person p = households.members(c.getId()).get(0);
        households.updateDetails(p.getId(), p.getVersion(), new PersonDetails("Koudougou", "fr, mos", phone,
                "Rabat", null, null, false));
        households.addDocument(p.getId(), DocumentKind.PASSPORT, passport, "BF", LocalDate.now().plusYears(3));
        ConsentService consents = service(ConsentService.class);
        consents.record(c.getId(), new ConsentInput(LocalDate.now(), "fr", EnumSet.of(Recipient.EMBASSY_OF_ORIGIN),
                Set.<ConsentDetail>of(), null));
        consents.share(c.getId(), p.getId(), Recipient.EMBASSY_OF_ORIGIN, "Ambassade du Burkina Faso",
                "demande de laissez-passer", "nom, date de naissance", "ali.assistant", Instant.now());
        cases.open(c.getId());

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        report(ReportExportTest.OFFICER).write(p.getId(), pdf);
        Path file = Files.write(dir.resolve("donnees.pdf"), pdf.toByteArray());
        String text = DonorReportTest.run(file, "pdftotext", "-layout", "{}", "-").replaceAll("\\s+", " ");

        for (String expected : new String[]{"Données détenues sur Salif " + family, c.getCaseNumber(), phone, passport,
                "Koudougou", "Demandeur principal", "Homme", "Consentements", "Journal des partages",
                "Ambassade du Burkina Faso",
                "demande de laissez-passer", "nadia.programme", "VIEW MigrantCase file", "VIEW Person subjectAccess"}) {
            assertTrue(text.contains(expected), "the report says " + expected + ": " + text);
        }
        assertFalse(text.contains("Orientations"), "an area that holds nothing on the person adds no table");
        assertThrows(org.homeward.common.security.PermissionDeniedException.class,
                () -> report(new Staff("awa.assistant", Role.OPERATIONS_ASSISTANT))
                        .write(p.getId(), new ByteArrayOutputStream()));
    }
}
