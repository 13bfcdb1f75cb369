package org.homeward.reporting.core.internal.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as the import compares it: no accents, lower case, words separated by single spaces. */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    static String fold(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
