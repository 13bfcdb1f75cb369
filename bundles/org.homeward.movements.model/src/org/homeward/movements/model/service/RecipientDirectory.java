package org.homeward.movements.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;
import java.util.Optional;

import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.model.NotificationKind;
import org.homeward.movements.model.NotifyRecipient;

/**
 * Who receives the departures' letters: missions by country, and the host country's authorities
 * the office plugin declares (their addresses entered here). Call it off the UI thread.
 */
public interface RecipientDirectory {

    @Requires(Permission.READ_CASE)
    List<NotifyRecipient> all();

    @Requires(Permission.READ_CASE)
    Optional<NotifyRecipient> find(NotificationKind kind, String countryOrKey);

    /**
     * Adds (id null) or changes an entry, audited.
     *
     * @throws ValidationException no name, a malformed e-mail address, a bad country code
     */
    @Requires(Permission.EDIT_DIRECTORIES)
    NotifyRecipient save(NotifyRecipient entry) throws ValidationException, ConflictException;
}
