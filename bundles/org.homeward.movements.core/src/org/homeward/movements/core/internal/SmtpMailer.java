package org.homeward.movements.core.internal;

import org.homeward.movements.model.MailServer;
import org.homeward.persistence.SecretStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
 * Sends letters over SMTP with Jakarta Mail (Eclipse Angus), on the server set in {@link SmtpServer}: its
 * password from secure storage, each letter with the Message-ID it keeps on every attempt.
 */
@Component(service = Mailer.class)
public class SmtpMailer implements Mailer {

    private final SmtpServer settings;

    @Activate
    public SmtpMailer(@Reference SecretStore store) {
        this.settings = new SmtpServer(store);
    }

    @Override
    public boolean ready() {
        return settings.read().configured();
    }

    @Override
    public void send(Mail mail) throws Exception {
        MailServer server = settings.read();
        if (!server.configured()) {
            throw new MessagingException(Messages.Smtp_notConfigured);
        }
        SmtpServer.withProvider(() -> {
            Session session = SmtpServer.session(server);
            MimeMessage message = new MimeMessage(session) {

                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", mail.messageId()); // the same on every attempt
                }
            };
            message.setFrom(new InternetAddress(server.from().isBlank() ? server.user() : server.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8");
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.pdf(), "application/pdf")));
            pdf.setFileName(mail.fileName());
            message.setContent(new MimeMultipart(text, pdf));
            message.saveChanges();
            if (server.user().isBlank()) {
                Transport.send(message);
            } else {
                Transport.send(message, server.user(), settings.password());
            }
            return null;
        });
    }
}
