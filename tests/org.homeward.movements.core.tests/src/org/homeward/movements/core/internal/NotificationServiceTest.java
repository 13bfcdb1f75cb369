package org.homeward.movements.core.internal;

import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.homeward.cases.model.ConsentDetail;
import org.homeward.cases.model.MigrantCase;
import org.homeward.cases.model.Recipient;
import org.homeward.cases.model.SharingRecord;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.common.validation.RefusedException;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.DepartureKind;
import org.homeward.movements.model.Notification;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotificationStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Departure letters: what the mission of origin may read, and the outbox's retries without duplicates. */
class NotificationServiceTest {

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

    /** A mailer whose server may be down, and that counts what it sent by Message-ID. */
    static final class CountingMailer implements Mailer {

        final List<String> sent = Collections.synchronizedList(new ArrayList<>());
        volatile boolean down;

        CountingMailer(boolean down) {
            this.down = down;
        }

        @Override
        public void send(Mail mail) throws Exception {
            if (down) {
                throw new jakarta.mail.MessagingException("Connection refused: localhost, port 25");
            }
            Thread.sleep(20); // a server's round trip, so that two senders overlap
            sent.add(mail.messageId());
        }

        long of(List<Notification> letters) {
            return sent.stream().filter(id -> letters.stream()
                    .anyMatch(n -> id.startsWith("<notification-" + n.getId() + "."))).count();
        }
    }

    private Departure departure(MigrantCase... cases) throws Exception {
        List<Long> bookings = new ArrayList<>();
        for (MigrantCase c : cases) {
            bookings.add(f.ticketed("PNR" + c.getId(), f.principal(c)).getId());
        }
        return f.departures.plan(f.day, DepartureKind.SCHEDULED, "TK618 Conakry", bookings);
    }

    private static Notification only(List<Notification> queued, NotificationKind kind) {
        return queued.stream().filter(n -> n.getKind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theMissionOfOriginReadsOnlyTheDetailsEachConsentAllows() throws Exception {
        MigrantCase medical = f.approvedCase(Fixtures.family(), "Aissatou", Set.of(ConsentDetail.MEDICAL));
        MigrantCase none = f.approvedCase(Fixtures.family(), "Binta", Set.of());
        for (MigrantCase c : List.of(medical, none)) {
            f.screening.screen(c.getId(), f.principal(c).getId(), f.principal(c).getScreeningVersion(),
                    Map.of(VulnerabilityType.PREGNANCY, "", VulnerabilityType.GBV_SURVIVOR, ""));
        }
        Departure d = departure(medical, none);

        List<Notification> queued = f.notifications(new CountingMailer(false), Clock.systemDefaultZone())
                .queue(d.getId());

        assertEquals(List.of(NotificationKind.MISSION_OF_ORIGIN, NotificationKind.TRANSIT_MISSION,
                NotificationKind.HOST_AUTHORITY), queued.stream().map(Notification::getKind).toList());
        String mission = Fixtures.pdftotext(f.notifications(null, Clock.systemDefaultZone())
                .pdf(only(queued, NotificationKind.MISSION_OF_ORIGIN).getId()));
        assertTrue(mission.contains("Aissatou") && mission.contains("Binta"), mission);
        assertTrue(mission.contains("TK545"), mission);
        assertEquals(1, mission.split("grossesse", -1).length - 1,
                "pregnancy told for the one case whose consent allows medical details: " + mission);
        assertFalse(mission.contains("violences"), "no consent to vulnerabilities: " + mission);
        String ministry = Fixtures.pdftotext(f.notifications(null, Clock.systemDefaultZone())
                .pdf(only(queued, NotificationKind.HOST_AUTHORITY).getId()));
        assertFalse(ministry.contains("grossesse"), "the ministry reads no medical detail");

        List<SharingRecord> logged = f.consents.sharings(medical.getId()).stream()
                .filter(s -> s.getRecipient() == Recipient.MISSION_OF_ORIGIN && s.getPurpose().contains("TK618"))
                .toList();
        assertEquals(2, logged.size(), "mission of origin and transit mission");
        assertTrue(logged.get(0).getFields().contains("informations médicales"), logged.get(0).getFields());
        assertFalse(f.consents.sharings(none.getId()).stream().anyMatch(
                s -> s.getFields() != null && s.getFields().contains("médicales")));
    }

    @Test
    void aWithdrawnConsentStopsTheLettersAndNothingIsQueued() throws Exception {
        MigrantCase c = f.approvedCase(Fixtures.family(), "Nene", Set.of());
        Departure d = departure(c);
        f.consents.withdraw(c.getId(), java.time.LocalDate.now());
        NotificationServiceImpl service = f.notifications(new CountingMailer(false), Clock.systemDefaultZone());

        assertThrows(RefusedException.class, () -> service.queue(d.getId()));
        assertEquals(List.of(), service.ofDeparture(d.getId()));
    }

    @Test
    void aFailedLetterWaitsLongerEachTimeAndIsSentOnce() throws Exception {
        MigrantCase c = f.approvedCase(Fixtures.family(), "Salimatou", Set.of());
        Departure d = departure(c);
        // to the millisecond: PostgreSQL keeps microseconds and rounds the nanoseconds of a fixed clock
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        CountingMailer mailer = new CountingMailer(true);
        NotificationServiceImpl service = f.notifications(mailer, Clock.fixed(t0, ZoneId.of("UTC")));
        List<Notification> queued = service.queue(d.getId());
        long mission = only(queued, NotificationKind.MISSION_OF_ORIGIN).getId();

        service.sendDue(t0);
        Notification failed = find(service, mission);
        assertEquals(NotificationStatus.FAILED, failed.getStatus());
        assertEquals("Connection refused: localhost, port 25", failed.getLastError());
        assertEquals(t0.plus(Duration.ofMinutes(1)), failed.getNextAttemptAt());

        assertEquals(0, sentOf(service, d, t0.plusSeconds(30)), "not due before its pause ends");
        service.sendDue(t0.plus(Duration.ofMinutes(1)));
        Notification again = find(service, mission);
        assertEquals(2, again.getAttempts());
        assertEquals(t0.plus(Duration.ofMinutes(3)), again.getNextAttemptAt(), "the second pause is twice as long");

        mailer.down = false;
        service.sendDue(t0.plus(Duration.ofMinutes(3)));
        assertEquals(NotificationStatus.SENT, find(service, mission).getStatus());
        service.sendDue(t0.plus(Duration.ofHours(5)));
        assertEquals(3, mailer.of(queued), "each of the three letters once: " + mailer.sent);
        assertEquals(mailer.sent.size(), mailer.sent.stream().distinct().count());
    }

    private static long sentOf(NotificationServiceImpl service, Departure d, Instant at) {
        service.sendDue(at);
        return service.ofDeparture(d.getId()).stream().filter(n -> n.getStatus() == NotificationStatus.SENT).count();
    }

    private static Notification find(NotificationServiceImpl service, long id) {
        return service.outbox().stream().filter(n -> n.getId() == id).findFirst().orElseThrow();
    }

    @Test
    void twoSendersAtOnceSendEachLetterOnce() throws Exception {
        MigrantCase a = f.approvedCase(Fixtures.family(), "Djenabou", Set.of());
        MigrantCase b = f.approvedCase(Fixtures.family(), "Oumou", Set.of());
        CountingMailer mailer = new CountingMailer(false);
        Instant later = Instant.now().plus(Duration.ofDays(1));
        NotificationServiceImpl service = f.notifications(mailer, Clock.systemDefaultZone());
        service.queue(departure(a).getId());
        service.queue(departure(b).getId());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> senders = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                senders.add(pool.submit(() -> {
                    start.await();
                    return service.sendDue(later);
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> s : senders) {
                total += s.get();
            }
            assertEquals(mailer.sent.size(), total);
        } finally {
            pool.shutdown();
        }
        assertEquals(mailer.sent.size(), mailer.sent.stream().distinct().count(), "no letter twice: " + mailer.sent);
        assertEquals(0, service.sendDue(later), "nothing left to send");
        assertNotNull(service.outbox());
    }
}
