package org.homeward.traveldocs.model.spi;

import org.homeward.traveldocs.model.Procedure;

/**
 * What a country plugin implements to give the travel-document procedure of one country of origin
 * itself (rather than the office editing it): registered as an OSGi service with the property
 * {@code country=XX} (ISO 3166-1 alpha-2). The {@code ProcedureService} that screens and services
 * call answers with it for that country, and no longer offers to edit that country's procedure.
 *
 * @since 1.2
 */
@FunctionalInterface
public interface ProcedureSource {

    /** Service property naming the country of origin a source answers for. */
    String COUNTRY = "country";

    /** The procedure of {@code country}, the one this source was registered for. */
    Procedure procedure(String country);
}
