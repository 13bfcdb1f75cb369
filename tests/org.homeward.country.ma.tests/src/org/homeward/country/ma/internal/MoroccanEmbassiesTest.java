package org.homeward.country.ma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.homeward.traveldocs.model.spi.EmbassyDirectorySeed.Representation;
import org.junit.jupiter.api.Test;

/** The Morocco plugin gives the directory the embassies in Rabat of the main countries of origin. */
class MoroccanEmbassiesTest {

    @Test
    void theEmbassiesInRabatOfTheMainCountriesOfOrigin() {
        List<Representation> seed = new MoroccanEmbassies().representations();

        assertEquals(12, seed.size());
        assertTrue(seed.stream().allMatch(r -> r.city().equals("Rabat") && !r.consulate()));
        assertEquals(new Representation("SD", false, "Rabat", "ar,en"),
                seed.stream().filter(r -> r.country().equals("SD")).findFirst().orElseThrow(),
                "Sudan's embassy writes in Arabic first");
        assertEquals(seed.size(), seed.stream().map(Representation::country).distinct().count());
    }
}
