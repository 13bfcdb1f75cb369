package org.homeward.traveldocs.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import org.homeward.common.validation.ValidationException;
import org.homeward.traveldocs.model.Procedure;

/**
 * The travel-document procedure of each country of origin, for screens and services: the office's
 * editable data, except for a country whose procedure a country plugin gives itself through a
 * {@link org.homeward.traveldocs.model.spi.ProcedureSource}. Call it off the UI thread.
 */
public interface ProcedureService {

    /**
     * The procedure for {@code country}: a country plugin's, else the office's data, else the
     * defaults (unconfirmed).
     */
    @Requires(Permission.READ_CASE)
    Procedure procedure(String country);

    /**
     * Whether {@link #save} changes what {@link #procedure} answers for {@code country}: false when a
     * country plugin supplies that country's procedure itself.
     */
    @Requires(Permission.READ_CASE)
    boolean editable(String country);

    /**
     * Saves the procedure of a country (the editable data) over the one the user saw.
     *
     * @param seen the procedure as {@link #procedure} gave it to the user
     * @param changed what the user made of it
     * @throws ValidationException naming the bad values; nothing saved
     * @throws org.homeward.common.validation.ConflictException someone saved the country's procedure meanwhile
     *         (on another workstation, say); nothing saved
     */
    @Requires(Permission.EDIT_DIRECTORIES)
    void save(Procedure seen, Procedure changed)
            throws ValidationException, org.homeward.common.validation.ConflictException;
}
