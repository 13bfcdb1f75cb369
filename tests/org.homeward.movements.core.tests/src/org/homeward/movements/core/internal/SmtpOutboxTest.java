package org.homeward.movements.core.internal;

import org.homeward.common.security.Role;
import org.homeward.tests.login.TestAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.cases.model.MigrantCase;
import org.homeward.movements.model.Departure;
import org.homeward.movements.model.DepartureKind;
import org.homeward.movements.model.Notification;
import org.homeward.movements.model.NotificationStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * The three letters of a departure sent over SMTP to a real server on localhost (GreenMail): they
 * arrive with their PDFs, whose text names the passengers and the flights; with the server down they
 * stay queued, and go out once it is back.
 */
class SmtpOutboxTest {

    private static Fixtures f;
    private static int port;

    @BeforeAll
    static void services() throws Exception {
        f = new Fixtures();
        f.missions("conakry@mission.example", "istanbul@mission.example");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        IEclipsePreferences smtp = InstanceScope.INSTANCE.getNode(SmtpServer.NODE);
        smtp.put(SmtpServer.HOST, "127.0.0.1");
        smtp.putInt(SmtpServer.PORT, port);
        smtp.put(SmtpServer.FROM, "avrr.rabat@office.example");
    }

    @AfterAll
    static void release() throws Exception {
        TestAccounts.signInAs(Role.OPERATIONS_ASSISTANT);
        InstanceScope.INSTANCE.getNode(SmtpServer.NODE).removeNode();
    }

    private static GreenMail server() {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @Test
    void theThreeLettersArriveWithTheirPdfsAndWaitWhileTheServerIsDown() throws Exception {
        String family = Fixtures.family();
        MigrantCase a = f.approvedCase(family, "Mariama", Set.of());
        MigrantCase b = f.approvedCase(Fixtures.family(), "Ibrahima", Set.of());
        Departure d = f.departures.plan(f.day, DepartureKind.SCHEDULED, "Vol SMTP Conakry", List.of(
                f.ticketed("SMTP01", f.principal(a)).getId(), f.ticketed("SMTP02", f.principal(b)).getId()));
        NotificationServiceImpl service = f.notifications(
                new SmtpMailer(Fixtures.service(org.homeward.persistence.SecretStore.class)),
                Clock.systemDefaultZone());
        List<Notification> queued = service.queue(d.getId());
        assertEquals(3, queued.size());
        Instant now = Instant.now().plusSeconds(1);

        // the server is down: nothing goes, nothing is lost
        service.sendDue(now);
        List<Notification> waiting = service.ofDeparture(d.getId());
        assertTrue(waiting.stream().allMatch(n -> n.getStatus() == NotificationStatus.FAILED
                && n.getLastError() != null), waiting.stream().map(Notification::getLastError).toList().toString());

        GreenMail mail = server();
        try {
            service.sendDue(now.plus(Duration.ofMinutes(2)));
            assertTrue(service.ofDeparture(d.getId()).stream().allMatch(n -> n.getStatus() == NotificationStatus.SENT));
            List<MimeMessage> ours = new ArrayList<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getSubject().contains("Vol SMTP")) {
                    ours.add(m);
                }
            }
            assertEquals(List.of("conakry@mission.example", "istanbul@mission.example", "dmsf@interieur.example"),
                    ours.stream().map(SmtpOutboxTest::to).toList());
            for (MimeMessage m : ours) {
                String text = Fixtures.pdftotext(pdf(m));
                // a name may break over two lines of a narrow table column: read the text without its spaces
                String joined = text.replaceAll("\\s", "");
                assertTrue(joined.contains("Mariama") && joined.contains(family) && joined.contains("Ibrahima"), text);
                assertTrue(text.contains("TK618") && text.contains("TK545"), text);
            }
            service.sendDue(now.plus(Duration.ofHours(3)));
            assertEquals(ours.size(), java.util.Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> subject(m).contains("Vol SMTP")).count(), "nothing sent twice");
        } finally {
            mail.stop();
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdf(MimeMessage m) throws Exception {
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no PDF attached to " + m.getSubject());
    }
}
