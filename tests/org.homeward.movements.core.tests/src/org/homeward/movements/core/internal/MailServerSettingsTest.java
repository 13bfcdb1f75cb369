package org.homeward.movements.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.MailServer;
import org.homeward.persistence.SecretStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail server settings: a bad port or sender is refused by name and nothing is saved; the password
 * goes to secure storage, encrypted, and appears nowhere in the plain preferences; the check logs in
 * to a real server on localhost and says why when the server is not there.
 */
class MailServerSettingsTest {

    private static final String SECRET = "Rabat-s3cret-2026";
    private final SecretStore store;
    private final SmtpSettings settings;

    MailServerSettingsTest() throws Exception {
        store = Fixtures.service(SecretStore.class);
        settings = new SmtpSettings(store, Fixtures.OFFICER);
    }

    @AfterEach
    void forget() throws Exception {
        InstanceScope.INSTANCE.getNode(SmtpServer.NODE).removeNode();
        store.node(SmtpServer.SECRET_NODE).removeNode();
        store.flush();
    }

    @Test
    void aBadPortAndSenderAreNamedAndNothingIsSaved() {
        ValidationException e = assertThrows(ValidationException.class, () -> settings.save(
                new MailServer("smtp.office.example", 70000, true, "not an address", "", false), null));
        assertEquals(List.of(MailServer.PORT, MailServer.FROM), e.problems().stream().map(FieldProblem::field)
                .toList());
        assertFalse(settings.current().configured(), "nothing saved");
    }

    @Test
    void thePasswordIsEncryptedInSecureStorageAndAbsentFromThePreferences() throws Exception {
        MailServer saved = settings.save(new MailServer("smtp.office.example", 587, true, "avrr.rabat@office.example",
                "avrr.rabat", false), SECRET.toCharArray());
        assertTrue(saved.passwordStored());
        assertEquals("smtp.office.example", saved.host());
        assertTrue(store.node(SmtpServer.SECRET_NODE).isEncrypted(SmtpServer.PASSWORD), "encrypted");
        assertEquals(SECRET, new SmtpServer(store).password());
        Path file = Path.of(System.getProperty("homeward.data.dir"), "secure", "secure_storage");
        assertFalse(Files.readString(file).contains(SECRET), "the file on disk holds no clear password");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())),
                    "the folder is the user's alone");
        }
        var plain = InstanceScope.INSTANCE.getNode(SmtpServer.NODE);
        List<String> values = new ArrayList<>();
        for (String key : plain.keys()) {
            values.add(key + "=" + plain.get(key, ""));
        }
        assertTrue(values.stream().noneMatch(v -> v.contains(SECRET)), "no password in " + values);

        settings.save(new MailServer("smtp.office.example", 587, true, "avrr.rabat@office.example", "avrr.rabat",
                false), null);
        assertTrue(settings.current().passwordStored(), "kept when not typed again");
        settings.save(new MailServer("smtp.office.example", 587, true, "avrr.rabat@office.example", "avrr.rabat",
                false), new char[0]);
        assertFalse(settings.current().passwordStored(), "removed when emptied");
    }

    @Test
    void theCheckLogsInToTheServerAndSaysWhyWhenItIsNotThere() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        settings.save(new MailServer("127.0.0.1", port, false, "avrr.rabat@office.example", "", false), null);
        RefusedException down = assertThrows(RefusedException.class, settings::verify);
        assertTrue(down.getMessage().contains("127.0.0.1"), down.getMessage());

        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            settings.verify();
        } finally {
            mail.stop();
        }
    }
}
