package org.homeward.movements.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The airports and airlines Homeward ships ({@code data/airports.tsv}, {@code data/airlines.tsv}):
 * Morocco's international airports, the main airports of the countries of return, the usual transit
 * hubs, and the airlines serving them. Facts only; an office adds its own.
 */
public final class ReferenceData {

    private final Map<String, Airport> airports;
    private final Map<String, Airline> airlines;

    private ReferenceData(Map<String, Airport> airports, Map<String, Airline> airlines) {
        this.airports = airports;
        this.airlines = airlines;
    }

    /** The shipped data, read from this bundle. */
    public static ReferenceData shipped() {
        return new ReferenceData(read("/data/airports.tsv", 5, f -> new Airport(f[0], f[1], f[2], f[3], zone(f))),
                read("/data/airlines.tsv", 2, f -> new Airline(f[0], f[1])));
    }

    private static ZoneId zone(String[] f) {
        try {
            return ZoneId.of(f[4]);
        } catch (DateTimeException e) {
            throw new IllegalStateException("airport " + f[0] + ": unknown time zone " + f[4], e);
        }
    }

    private static <T> Map<String, T> read(String resource, int fields, Function<String[], T> make) {
        Map<String, T> found = new LinkedHashMap<>();
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != fields) {
                    throw new IllegalStateException(resource + " line " + number + ": " + fields + " fields expected");
                }
                if (found.put(f[0], make.apply(f)) != null) {
                    throw new IllegalStateException(resource + " line " + number + ": " + f[0] + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * This data with the office's own airports and airlines: added, or in place of the shipped entry
     * with the same IATA code.
     */
    public ReferenceData with(List<Airport> officeAirports, List<Airline> officeAirlines) {
        Map<String, Airport> a = new LinkedHashMap<>(airports);
        officeAirports.forEach(x -> a.put(x.iata(), x));
        Map<String, Airline> l = new LinkedHashMap<>(airlines);
        officeAirlines.forEach(x -> l.put(x.iata(), x));
        return new ReferenceData(a, l);
    }

    public List<Airport> airports() {
        return List.copyOf(airports.values());
    }

    public Optional<Airport> airport(String iata) {
        return Optional.ofNullable(airports.get(iata));
    }

    public List<Airline> airlines() {
        return List.copyOf(airlines.values());
    }

    public Optional<Airline> airline(String iata) {
        return Optional.ofNullable(airlines.get(iata));
    }
}
