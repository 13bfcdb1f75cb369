package org.homeward.traveldocs.model.spi;

import java.util.List;

/**
 * The diplomatic representations of countries of origin that an office knows in its host country,
 * given by its country plugin as an OSGi service and put into the embassy directory while the
 * directory is empty. Core ships none: which embassies and consulates exist, and where, depends on
 * the host country.
 *
 * @since 1.2
 */
@FunctionalInterface
public interface EmbassyDirectorySeed {

    /**
     * One representation.
     *
     * @param country the country of origin it represents (ISO 3166-1 alpha-2)
     * @param consulate a consulate (else an embassy)
     * @param city where it is
     * @param languages languages of correspondence, preferred first, comma-separated ISO 639-1 codes
     */
    record Representation(String country, boolean consulate, String city, String languages) {
    }

    List<Representation> representations();
}
