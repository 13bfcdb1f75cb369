package org.homeward.cases.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names to the form the type-ahead filter matches: lower case, no accents or Arabic vowel marks. */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchKeys() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(bare).replaceAll(" ").strip();
    }

    /** The stored key of a person: folded family and given names, then the Arabic-script name. */
    public static String ofNames(String familyName, String givenNames, String arabicName) {
        StringBuilder key = new StringBuilder(fold(familyName)).append(' ').append(fold(givenNames));
        String arabic = fold(arabicName);
        if (!arabic.isEmpty()) {
            key.append(' ').append(arabic);
        }
        return key.toString().strip();
    }
}
