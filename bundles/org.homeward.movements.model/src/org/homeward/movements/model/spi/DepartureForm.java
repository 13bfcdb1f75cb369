package org.homeward.movements.model.spi;

import java.util.List;
import java.util.function.LongFunction;

import org.homeward.movements.model.Itinerary;
import org.homeward.movements.model.Manifest;
import org.homeward.movements.model.ManifestLine;

/**
 * A form an authority of the host country asks for each departing case, declared by the office plugin
 * as an OSGi service (property {@code country=XX}). Homeward writes it as PDF and ODT with the other
 * pre-departure documents and keeps it in the case file under {@link #type()}.
 */
public interface DepartureForm {

    /** The document type the case file records ({@code ma.border-form}, say). */
    String type();

    /** The title the case file shows. */
    String title();

    /**
     * The form of one case on the departure.
     *
     * @param lines the case's passengers on the manifest, the principal first
     * @param itineraries the flights of a booking, by booking id
     */
    FormContent content(Manifest manifest, List<ManifestLine> lines, LongFunction<Itinerary> itineraries);
}
