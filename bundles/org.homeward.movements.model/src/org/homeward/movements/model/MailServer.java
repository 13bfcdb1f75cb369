package org.homeward.movements.model;

/**
 * The mail server the departure notifications go out through. The password is not part of it: it
 * lives in the workbench's secure storage, and {@link #passwordStored()} only says whether one is there.
 *
 * @param host empty when no server is set up (the letters then wait, for one or for delivery by hand)
 * @param from the sender's address the recipients see
 * @param user empty when the server takes letters without logging in
 */
public record MailServer(String host, int port, boolean startTls, String from, String user, boolean passwordStored) {

    /** Field names of validation problems. */
    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String FROM = "from";
    public static final String USER = "user";

    /** No server set up. */
    public static MailServer none() {
        return new MailServer("", 587, true, "", "", false);
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }
}
