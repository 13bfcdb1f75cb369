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

    /** The languages a country is looked up in: the workbench's three. */
    private static final List<Locale> NAMED_IN = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.of("ar"));

    /**
     * The code whose name in {@code language}, French, English or Arabic is {@code name} (case,
     * accents and the kind of apostrophe ignored), or the code itself.
     */
    public static Optional<String> fromDisplayName(String name, Locale language) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(name);
        return Arrays.stream(Locale.getISOCountries()).filter(c -> c.equalsIgnoreCase(name.strip())
                || names(c, language).stream().anyMatch(n -> fold(n).equals(wanted))).findFirst();
    }

    /**
     * The codes of the countries one of whose names (in {@code language}, French, English or Arabic)
     * holds {@code typed} (case, accents and apostrophes ignored), those it starts first, each group
     * sorted by its name in {@code language}.
     *
     * @since 2.1
     */
    public static List<String> matching(String typed, Locale language) {
        String wanted = fold(typed == null ? "" : typed);
        List<String> starting = new java.util.ArrayList<>();
        List<String> containing = new java.util.ArrayList<>();
        for (Map.Entry<String, List<String>> country : FOLDED.computeIfAbsent(language, Nationalities::folded)
                .entrySet()) {
            List<String> folded = country.getValue();
            if (wanted.isEmpty() || folded.stream().anyMatch(n -> n.startsWith(wanted))) {
                starting.add(country.getKey());
            } else if (folded.stream().anyMatch(n -> n.contains(wanted))) {
                containing.add(country.getKey());
            }
        }
        starting.addAll(containing);
        return starting;
    }

    /** Per language, each code (in name order) with its folded names: worked out once, read at each key typed. */
    private static final Map<Locale, Map<String, List<String>>> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, List<String>> folded(Locale language) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>();
        for (String code : sortedCodes(language)) {
            all.put(code, names(code, language).stream().map(Nationalities::fold).toList());
        }
        return all;
    }

    private static List<String> names(String code, Locale language) {
        List<String> names = new java.util.ArrayList<>();
        names.add(displayName(code, language));
        for (Locale l : NAMED_IN) {
            names.add(displayName(code, l));
        }
        return names;
    }

    /**
     * A name as compared: lower case, without accents, every apostrophe the plain one, hyphens as
     * spaces, one space between words.
     *
     * @since 2.1
     */
    public static String fold(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return decomposed.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u02bc', '\'')
                .replace('-', ' ').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
