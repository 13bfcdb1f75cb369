package org.homeward.movements.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.MailServer;
import org.homeward.movements.model.service.MailServerSettings;
import org.homeward.persistence.SecretStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The mail server settings: checked, saved to preferences, the password to secure storage (encrypted). */
@Component(service = MailServerSettings.class)
public class SmtpSettings implements MailServerSettings {

    private final SmtpServer settings;
    private final CurrentUser user;

    @Activate
    public SmtpSettings(@Reference(name = "store") SecretStore store,
            @Reference(name = "currentUser") CurrentUser user) {
        this.settings = new SmtpServer(store);
        this.user = user;
    }

    @Override
    public MailServer current() {
        user.require(Permission.READ_CASE);
        return settings.read();
    }

    @Override
    public MailServer save(MailServer server, char[] password) throws ValidationException {
        user.require(Permission.EDIT_DIRECTORIES);
        MailServer s = new MailServer(strip(server.host()), server.port(), server.startTls(), strip(server.from()),
                strip(server.user()), false);
        List<FieldProblem> problems = problems(s);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        var p = SmtpServer.preferences();
        p.put(SmtpServer.HOST, s.host());
        p.putInt(SmtpServer.PORT, s.port());
        p.putBoolean(SmtpServer.STARTTLS, s.startTls());
        p.put(SmtpServer.FROM, s.from());
        p.put(SmtpServer.USER, s.user());
        try {
            if (password != null && password.length == 0) {
                settings.secrets().remove(SmtpServer.PASSWORD);
            } else if (password != null) {
                settings.secrets().put(SmtpServer.PASSWORD, new String(password), true);
            }
            settings.flushSecrets();
            p.flush();
        } catch (StorageException | BackingStoreException e) {
            throw new ValidationException(List.of(new FieldProblem("password",
                    NLS.bind(Messages.Smtp_notStored, e.getMessage()))));
        }
        return settings.read();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<FieldProblem> problems(MailServer s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.host().isEmpty()) {
            if (!s.from().isEmpty() || !s.user().isEmpty()) {
                problems.add(new FieldProblem(MailServer.HOST, Messages.Smtp_hostMissing));
            }
            return problems; // no server: the letters wait
        }
        if (!s.host().matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]")) {
            problems.add(new FieldProblem(MailServer.HOST, Messages.Smtp_badHost));
        }
        if (s.port() < 1 || s.port() > 65535) {
            problems.add(new FieldProblem(MailServer.PORT, Messages.Smtp_badPort));
        }
        String from = s.from().isEmpty() ? s.user() : s.from();
        try {
            new InternetAddress(from, true).validate();
        } catch (AddressException e) {
            problems.add(new FieldProblem(MailServer.FROM, Messages.Smtp_badFrom));
        }
        return problems;
    }

    @Override
    public void verify() throws RefusedException {
        user.require(Permission.EDIT_DIRECTORIES);
        MailServer server = settings.read();
        if (!server.configured()) {
            throw new RefusedException(List.of(Messages.Smtp_notConfigured));
        }
        try {
            SmtpServer.withProvider(() -> {
                try (Transport t = SmtpServer.session(server).getTransport("smtp")) {
                    if (server.user().isBlank()) {
                        t.connect();
                    } else {
                        t.connect(server.user(), settings.password());
                    }
                }
                return null;
            });
        } catch (Exception e) { // the server's or the network's answer, whatever its kind
            throw new RefusedException(List.of(NLS.bind(Messages.Smtp_refused, server.host(), reason(e))));
        }
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
