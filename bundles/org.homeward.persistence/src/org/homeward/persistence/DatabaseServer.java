package org.homeward.persistence;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The office's database server as a workstation knows it: its address and user name in
 * {@code <data>/homeward.properties} ({@code jdbc.url}, {@code jdbc.user}), its password in the workstation's
 * encrypted {@link SecretStore}, never in a plain file.
 *
 * @since 1.5
 */
public final class DatabaseServer {

    /** The secure storage node that holds the server's password. */
    public static final String SECRET_NODE = "org.homeward.persistence/server";

    /** The key of the password in {@link #SECRET_NODE}. */
    public static final String PASSWORD = "password";

    private DatabaseServer() {
    }

    /** Keeps the server's password on this workstation, encrypted; the next start connects with it. */
    public static void keepPassword(SecretStore secrets, char[] password) throws StorageException {
        ISecurePreferences node = secrets.node(SECRET_NODE);
        node.put(PASSWORD, new String(password), true);
        secrets.flush();
    }

    /** The password kept on this workstation, or null. */
    public static String password(SecretStore secrets) throws StorageException {
        return secrets.node(SECRET_NODE).get(PASSWORD, null);
    }
}
