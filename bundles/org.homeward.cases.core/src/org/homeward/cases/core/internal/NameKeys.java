package org.homeward.cases.core.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.homeward.cases.core.internal.entity.PersonEntity;
import org.homeward.cases.core.internal.entity.PersonNameKey;
import org.homeward.cases.core.internal.entity.PersonNameKey.Part;

/**
 * Search keys of names, so that spellings of one name meet: Latin-script names are folded
 * (accents, case), West African transliteration variants are brought together (ou/u, dj/j,
 * dia/ja, c/k/s, ph/f, w/u, doubled letters, final h or w), then coded with Double Metaphone
 * (primary and alternate codes); Arabic-script names are normalised (vowel marks and tatweel
 * removed, alef, ya, ta marbuta and hamza seats unified). Bump {@link #VERSION} when the keys
 * change: stored keys are then recomputed.
 */
public final class NameKeys {

    /** Version of the key algorithm, stored with each person's keys. */
    public static final int VERSION = 1;

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s\\-,;/]+");
    private static final Pattern ARABIC_DIACRITICS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

    private NameKeys() {
    }

    /** One Latin-script word brought to a canonical spelling. */
    static String canonical(String word) {
        String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        s = NON_LETTERS.matcher(s).replaceAll("");
        if (s.isEmpty()) {
            return s;
        }
        s = s.replaceAll("^(dj|dy)", "j").replaceAll("^dia", "ja");
        s = s.replaceAll("ow$", "o").replace("ou", "u").replace("w", "u");
        s = s.replaceAll("ch(?=[^aeiouy])", "k").replace("ph", "f").replace("ch", "sh").replace("ck", "k")
                .replace("kh", "k").replace("q", "k");
        s = s.replaceAll("c(?=[eiy])", "s").replace("c", "k");
        s = s.replaceAll("(?<=[^aeiou])y(?=[^aeiou]|$)", "i");
        s = s.replaceAll("(.)\\1+", "$1");
        s = s.replaceAll("(?<=.)h$", "");
        return s;
    }

    /** The phonetic keys of a Latin-script name (several words, hyphenated or not). */
    public static Set<String> latin(String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (name == null) {
            return keys;
        }
        for (String word : TOKEN_SEPARATORS.split(name.replace("'", "").replace("’", ""))) {
            String c = canonical(word);
            if (c.length() < 2) {
                continue;
            }
            addCode(keys, METAPHONE.doubleMetaphone(c, false), c);
            addCode(keys, METAPHONE.doubleMetaphone(c, true), c);
        }
        return keys;
    }

    /** Codes of one consonant (Sow, Sy, Bah) carry their first vowel, or they would all meet. */
    private static void addCode(Set<String> keys, String code, String canonical) {
        if (code == null || code.isEmpty()) {
            return;
        }
        if (code.length() <= 1) {
            code = code + "-" + vowelClass(canonical);
        }
        keys.add(code);
    }

    private static char vowelClass(String s) {
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case 'a' :
                    return 'A';
                case 'e', 'i', 'y' :
                    return 'I';
                case 'o', 'u' :
                    return 'U';
                default :
                    break;
            }
        }
        return '_';
    }

    /** The words of an Arabic-script name, normalised. */
    public static Set<String> arabic(String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (name == null) {
            return keys;
        }
        String s = ARABIC_DIACRITICS.matcher(name).replaceAll("");
        s = s.replaceAll("[\\u0622\\u0623\\u0625\\u0671]", "\u0627") // alef forms
                .replace('\u0649', '\u064A') // alef maqsura -> ya
                .replace('\u0629', '\u0647') // ta marbuta -> ha
                .replace('\u0624', '\u0648') // waw with hamza -> waw
                .replace('\u0626', '\u064A'); // ya with hamza -> ya
        for (String word : s.strip().split("\\s+")) {
            if (word.length() >= 2) {
                keys.add(word.length() > 40 ? word.substring(0, 40) : word);
            }
        }
        return keys;
    }

    /** Every key of a person: family name and aliases, given names, Arabic-script name. */
    public static List<PersonNameKey> of(PersonEntity p) {
        List<PersonNameKey> keys = new ArrayList<>();
        Set<String> family = latin(p.getFamilyName());
        family.addAll(latin(p.getAliases()));
        family.forEach(k -> keys.add(new PersonNameKey(p, Part.F, k)));
        latin(p.getGivenNames()).forEach(k -> keys.add(new PersonNameKey(p, Part.G, k)));
        arabic(p.getArabicName()).forEach(k -> keys.add(new PersonNameKey(p, Part.A, k)));
        return keys;
    }

    /**
     * Whether two persons' names may be one: family and given names share a key (also when family
     * and given names were swapped), or their Arabic-script names share two words.
     */
    public static boolean sameName(Set<String> family1, Set<String> given1, Set<String> arabic1, Set<String> family2,
            Set<String> given2, Set<String> arabic2) {
        boolean straight = meet(family1, family2) && meet(given1, given2);
        boolean swapped = meet(family1, given2) && meet(given1, family2);
        Set<String> commonArabic = new LinkedHashSet<>(arabic1);
        commonArabic.retainAll(arabic2);
        return straight || swapped || commonArabic.size() >= 2;
    }

    private static boolean meet(Set<String> a, Set<String> b) {
        for (String k : a) {
            if (b.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
