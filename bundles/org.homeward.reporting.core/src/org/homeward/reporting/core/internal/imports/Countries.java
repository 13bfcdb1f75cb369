package org.homeward.reporting.core.internal.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.cases.model.Nationalities;

/**
 * Countries of origin as legacy spreadsheets name them: the country's name in French, English or Arabic
 * (accents, case and apostrophes ignored), its ISO code (two or three letters), a common abbreviation
 * ("RDC", "RCA") or the nationality's adjective ("Guinéenne", "Ivorian"). An adjective two countries
 * share ("congolais") is not guessed; "guinéen" is taken for Guinea
 * (Conakry), as in the offices' files ("bissau-guinéen" for Guinea-Bissau).
 */
final class Countries {

    private static final Map<String, String> OTHER_NAMES = new HashMap<>();
    private static final Set<String> AMBIGUOUS = Set.of("congolais", "congolaise", "congolese", "congo");

    static {
        for (String code : Locale.getISOCountries()) {
            OTHER_NAMES.put(Folding.fold(Locale.of("", code).getISO3Country()), code);
        }
        put("CD", "rdc", "rd congo", "congo kinshasa", "republique democratique du congo", "drc", "dr congo");
        put("CG", "congo brazzaville", "congo brazza", "republique du congo");
        put("CF", "rca", "centrafrique", "car");
        put("CI", "rci", "cote divoire", "ivory coast", "ivoirien", "ivoirienne", "ivorian");
        put("GN", "guinee conakry", "guinee", "guinea conakry", "guineen", "guineenne", "guinean");
        put("GW", "guinee bissau", "bissau guineen", "bissau guineenne", "bissau guinean");
        put("SN", "senegalais", "senegalaise", "senegalese");
        put("ML", "malien", "malienne", "malian");
        put("CM", "camerounais", "camerounaise", "cameroonian");
        put("NG", "nigerian", "nigeriane", "nigeriane");
        put("NE", "nigerien", "nigerienne", "nigerien");
        put("BF", "burkinabe", "burkinabee", "burkinais", "burkina");
        put("GM", "gambien", "gambienne", "gambian");
        put("SL", "sierra leonais", "sierra leonaise", "sierra leonean", "sierraleonais");
        put("LR", "liberien", "liberienne", "liberian");
        put("GH", "ghaneen", "ghaneenne", "ghanean", "ghanaian");
        put("SD", "soudanais", "soudanaise", "sudanese");
        put("SS", "sud soudanais", "sud soudanaise", "south sudanese");
        put("TD", "tchadien", "tchadienne", "chadian");
        put("BJ", "beninois", "beninoise", "beninese");
        put("TG", "togolais", "togolaise", "togolese");
        put("MR", "mauritanien", "mauritanienne", "mauritanian");
        put("YE", "yemenite", "yemeni");
        put("SY", "syrien", "syrienne", "syrian");
        put("BD", "bangladais", "bangladaise", "bangladeshi");
        put("PK", "pakistanais", "pakistanaise", "pakistani");
        put("ET", "ethiopien", "ethiopienne", "ethiopian");
        put("ER", "erythreen", "erythreenne", "eritrean");
        put("SO", "somalien", "somalienne", "somali");
        put("GA", "gabonais", "gabonaise", "gabonese");
        put("CV", "cap verdien", "cap verdienne", "cape verdean", "cap vert");
        put("KM", "comorien", "comorienne", "comorian");
        put("DZ", "algerien", "algerienne", "algerian");
        put("TN", "tunisien", "tunisienne", "tunisian");
        put("EG", "egyptien", "egyptienne", "egyptian");
        put("LY", "libyen", "libyenne", "libyan");
        put("MA", "marocain", "marocaine", "moroccan");
        put("US", "usa", "etats unis", "united states of america");
        put("GB", "uk", "royaume uni", "angleterre", "great britain");
    }

    private Countries() {
    }

    private static void put(String code, String... names) {
        for (String n : names) {
            OTHER_NAMES.put(Folding.fold(n), code);
        }
    }

    /** Texts already looked up: a file names the same few countries on thousands of rows. */
    private static final Map<String, Optional<String>> SEEN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SEEN_MAX = 10_000;

    /** The ISO code; empty when the text names no country, or two. */
    static Optional<String> code(String text) {
        Optional<String> seen = SEEN.get(text);
        if (seen != null) {
            return seen;
        }
        Optional<String> found = lookUp(text);
        if (SEEN.size() >= SEEN_MAX) {
            SEEN.clear();
        }
        SEEN.put(text, found);
        return found;
    }

    private static Optional<String> lookUp(String text) {
        String t = text.strip();
        if (t.length() == 2 && Nationalities.isKnown(t.toUpperCase(Locale.ROOT))) {
            return Optional.of(t.toUpperCase(Locale.ROOT));
        }
        String folded = Folding.fold(t);
        if (AMBIGUOUS.contains(folded)) {
            return Optional.empty();
        }
        String other = OTHER_NAMES.get(folded);
        if (other != null) {
            return Optional.of(other);
        }
        String byName = byFoldedName().get(folded);
        if (byName != null) {
            return Optional.of(byName);
        }
        return Nationalities.fromDisplayName(t, Locale.FRENCH);
    }

    private static volatile Map<String, String> folded;

    /** Every country's French, English and Arabic names, folded the import's way (spaces for punctuation). */
    private static Map<String, String> byFoldedName() {
        Map<String, String> names = folded;
        if (names == null) {
            names = new HashMap<>();
            Set<String> clash = new HashSet<>();
            for (String code : Locale.getISOCountries()) {
                for (Locale l : new Locale[]{Locale.FRENCH, Locale.ENGLISH, Locale.of("ar")}) {
                    String n = Folding.fold(Nationalities.displayName(code, l));
                    if (names.containsKey(n) && !names.get(n).equals(code)) {
                        clash.add(n);
                    }
                    names.put(n, code);
                }
            }
            clash.forEach(names::remove);
            folded = names;
        }
        return names;
    }
}
