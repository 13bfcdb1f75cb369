package org.homeward.traveldocs.model.service;

import org.homeward.common.validation.ValidationException;
import org.homeward.traveldocs.model.Procedure;

/**
 * The travel-document procedure of each country of origin. The default implementation reads
 * editable data; a country plugin replaces it for its country by registering a
 * {@code ProcedureService} with the service property {@code country=XX} (ISO 3166-1 alpha-2), which
 * the default one consults first. Call it off the UI thread.
 */
public interface ProcedureService {

    /** Service property naming the one country a plugin's procedure service answers for. */
    String COUNTRY = "country";

    /** The procedure for {@code country}: its own data, else the office's defaults (unconfirmed). */
    Procedure procedure(String country);

    /**
     * Whether {@link #save} changes what {@link #procedure} answers for {@code country}: false when a
     * country plugin supplies that country's procedure itself.
     *
     * @since 1.1
     */
    default boolean editable(String country) {
        return true;
    }

    /**
     * Saves the procedure of a country (the editable data).
     *
     * @throws ValidationException naming the bad values; nothing saved
     */
    void save(Procedure procedure) throws ValidationException;
}
