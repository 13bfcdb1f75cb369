package org.homeward.movements.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.MailServer;

/** The mail server settings of this workstation; the password goes to secure storage, never to plain preferences. */
public interface MailServerSettings {

    @Requires(Permission.READ_CASE)
    MailServer current();

    /**
     * Saves the settings.
     *
     * @param password the new password; null keeps the one stored, an empty one removes it
     * @throws ValidationException a bad host, port or address (each named); nothing saved
     */
    @Requires(Permission.EDIT_DIRECTORIES)
    MailServer save(MailServer server, char[] password) throws ValidationException;

    /**
     * Connects to the saved server and logs in, sending nothing. Call it off the UI thread.
     *
     * @throws RefusedException no server set up, or what the server or the network said
     */
    @Requires(Permission.EDIT_DIRECTORIES)
    void verify() throws RefusedException;
}
