package org.homeward.movements.core.internal;

import java.util.Properties;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Component;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Sends letters over SMTP with Jakarta Mail (Eclipse Angus). The server, port, sender, user and
 * STARTTLS come from the preferences {@value #NODE}; the password from Eclipse secure storage, never
 * from plain preferences.
 */
@Component(service = Mailer.class)
public class SmtpMailer implements Mailer {

    public static final String NODE = "org.homeward.movements.smtp";
    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String FROM = "from";
    public static final String USER = "user";
    public static final String STARTTLS = "starttls";
    /** Secure-storage node and key of the password. */
    public static final String SECRET_NODE = "org.homeward.movements/smtp";
    public static final String PASSWORD = "password";

    @Override
    public boolean ready() {
        return !InstanceScope.INSTANCE.getNode(NODE).get(HOST, "").isBlank();
    }

    @Override
    public void send(Mail mail) throws Exception {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        String host = prefs.get(HOST, "");
        if (host.isBlank()) {
            throw new MessagingException(Messages.Smtp_notConfigured);
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(prefs.getInt(PORT, 25)));
        props.put("mail.smtp.connectiontimeout", "15000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.writetimeout", "30000");
        boolean tls = prefs.getBoolean(STARTTLS, false);
        props.put("mail.smtp.starttls.enable", String.valueOf(tls));
        props.put("mail.smtp.starttls.required", String.valueOf(tls));
        String user = prefs.get(USER, "");
        props.put("mail.smtp.auth", String.valueOf(!user.isBlank()));
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // Jakarta Mail finds its provider with the service loader: let it look in Angus' bundle
        thread.setContextClassLoader(angus());
        try {
            Session session = Session.getInstance(props);
            MimeMessage message = new MimeMessage(session) {

                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", mail.messageId()); // the same on every attempt
                }
            };
            message.setFrom(new InternetAddress(prefs.get(FROM, user)));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8");
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.pdf(), "application/pdf")));
            pdf.setFileName(mail.fileName());
            message.setContent(new MimeMultipart(text, pdf));
            message.saveChanges();
            if (user.isBlank()) {
                Transport.send(message);
            } else {
                Transport.send(message, user, password());
            }
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static ClassLoader angus() {
        var bundle = FrameworkUtil.getBundle(SMTPTransport.class);
        return bundle == null
                ? SmtpMailer.class.getClassLoader()
                : bundle.adapt(BundleWiring.class).getClassLoader();
    }

    private static String password() throws StorageException {
        ISecurePreferences node = SecurePreferencesFactory.getDefault().node(SECRET_NODE);
        return node.get(PASSWORD, "");
    }
}
