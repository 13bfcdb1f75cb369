package org.homeward.cases.model;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries, named from the JDK's locale data in the user's language. */
public final class Nationalities {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Nationalities() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String displayName(String code, Locale language) {
        return Locale.of("", code).getDisplayCountry(language);
    }

    /** All codes, sorted by their name in {@code language}. */
    public static List<String> sortedCodes(Locale language) {
        Collator collator = Collator.getInstance(language);
        Map<String, CollationKey> keys = new HashMap<>();
        for (String code : Locale.getISOCountries()) { // each name looked up and collated once
            keys.put(code, collator.getCollationKey(displayName(code, language)));
        }
        return keys.keySet().stream().sorted(Comparator.comparing(keys::get)).toList();
    }

    /** The code whose name in {@code language} is {@code name} (case and accents ignored), or the code itself. */
    public static Optional<String> fromDisplayName(String name, Locale language) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip();
        Collator collator = Collator.getInstance(language);
        collator.setStrength(Collator.PRIMARY);
        return Arrays.stream(Locale.getISOCountries())
                .filter(c -> collator.compare(displayName(c, language), wanted) == 0 || c.equalsIgnoreCase(wanted))
                .findFirst();
    }
}
