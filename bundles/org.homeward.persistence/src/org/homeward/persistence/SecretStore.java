package org.homeward.persistence;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The workstation's secure storage (Eclipse secure preferences) for passwords the workbench keeps: a
 * mail server's, a database server's. It lies in the data directory, encrypted with a key of its own
 * kept beside it in a folder only the user can read; values are stored with {@code encrypt = true}.
 */
public interface SecretStore {

    /** The node at {@code path} (an area's own, named after its bundle), created when missing. */
    ISecurePreferences node(String path) throws StorageException;

    /** Writes the changes made to disk. */
    void flush() throws StorageException;
}
