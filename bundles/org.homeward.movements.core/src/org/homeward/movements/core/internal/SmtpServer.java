package org.homeward.movements.core.internal;

import java.util.Properties;

import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.homeward.movements.model.MailServer;
import org.homeward.persistence.SecretStore;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import jakarta.mail.Session;

/**
 * Where the mail server settings live: server, port, STARTTLS, sender and user in the preferences node
 * {@value #NODE}; the password in the workstation's secure storage (node {@value #SECRET_NODE}),
 * encrypted, never in plain preferences. Also opens Jakarta Mail sessions on them.
 */
final class SmtpServer {

    static final String NODE = "org.homeward.movements.smtp";
    static final String HOST = "host";
    static final String PORT = "port";
    static final String FROM = "from";
    static final String USER = "user";
    static final String STARTTLS = "starttls";
    static final String SECRET_NODE = "org.homeward.movements/smtp";
    static final String PASSWORD = "password";

    private final SecretStore store;

    SmtpServer(SecretStore store) {
        this.store = store;
    }

    static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    ISecurePreferences secrets() throws StorageException {
        return store.node(SECRET_NODE);
    }

    void flushSecrets() throws StorageException {
        store.flush();
    }

    /** The settings saved; {@link MailServer#none()} when none. */
    MailServer read() {
        IEclipsePreferences p = preferences();
        boolean stored;
        try {
            stored = !secrets().get(PASSWORD, "").isEmpty();
        } catch (StorageException e) {
            stored = false;
        }
        return new MailServer(p.get(HOST, ""), p.getInt(PORT, 25), p.getBoolean(STARTTLS, false), p.get(FROM, ""),
                p.get(USER, ""), stored);
    }

    String password() throws StorageException {
        return secrets().get(PASSWORD, "");
    }

    /** A session on {@code server}: timeouts so that a dead server does not hold a sender for long. */
    static Session session(MailServer server) {
        Properties props = new Properties();
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", String.valueOf(server.port()));
        props.put("mail.smtp.connectiontimeout", "15000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.writetimeout", "30000");
        props.put("mail.smtp.starttls.enable", String.valueOf(server.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(server.startTls()));
        props.put("mail.smtp.auth", String.valueOf(!server.user().isBlank()));
        return Session.getInstance(props);
    }

    /** Runs {@code work} with Angus' bundle as context class loader: Jakarta Mail finds its provider there. */
    static <T> T withProvider(MailWork<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        var bundle = FrameworkUtil.getBundle(SMTPTransport.class);
        thread.setContextClassLoader(bundle == null
                ? SmtpServer.class.getClassLoader()
                : bundle.adapt(BundleWiring.class).getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Mail work that may fail. */
    @FunctionalInterface
    interface MailWork<T> {

        T run() throws Exception;
    }
}
