package org.homeward.country.ma.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.homeward.traveldocs.model.spi.EmbassyDirectorySeed;
import org.osgi.service.component.annotations.Component;

/**
 * The embassies in Rabat of the main countries of origin ({@code data/embassies.tsv}: country, kind,
 * city, languages), for an empty embassy directory. Addresses and contacts are the office's to add.
 */
@Component(property = "country=MA")
public class MoroccanEmbassies implements EmbassyDirectorySeed {

    @Override
    public List<Representation> representations() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MoroccanEmbassies.class.getResourceAsStream("/data/embassies.tsv"), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .map(r -> new Representation(r[0], "CONSULATE".equals(r[1]), r[2], r[3])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
