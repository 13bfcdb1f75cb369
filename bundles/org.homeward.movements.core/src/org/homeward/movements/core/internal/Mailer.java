package org.homeward.movements.core.internal;

/** Hands a letter to the mail server; one implementation per transport (SMTP, or a test's). */
interface Mailer {

    /** A letter to send, with its PDF and the Message-ID it keeps on every attempt. */
    record Mail(String to, String subject, String body, String fileName, byte[] pdf, String messageId) {
    }

    /** Whether letters can go out at all (a server is set up); when not, they wait in the outbox untried. */
    default boolean ready() {
        return true;
    }

    /** @throws Exception why the server did not take it; the letter stays in the outbox */
    void send(Mail mail) throws Exception;
}
