package org.homeward.cases.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages an office meets (ISO 639 codes the Java runtime names): the working languages, the
 * languages of North Africa, and the main languages of West and Central Africa and the Horn, whose
 * local names follow in brackets where they differ ("peul (pulaar, pular)").
 *
 * @since 2.1
 */
public final class Languages {

    /** In the order offered: the workbench's languages first, then by region. */
    public static final List<String> CODES = List.of("fr", "ar", "en", "ary", "zgh", "shi", "tzm", "kab", "es", "pt",
            "ff", "sus", "man", "dyu", "bm", "wo", "snk", "mos", "ha", "yo", "ig", "tw", "ak", "ee", "fon", "kri",
            "tem",
            "men", "ln", "kg", "sg", "sw", "rw", "am", "ti", "so");

    /** Local names an assistant may know a language by. */
    private static final Map<String, String> ALSO = Map.of("ff", "pulaar, pular, fulfulde", "man", "malink\u00e9",
            "dyu", "jula", "ary", "darija", "shi", "tachelhit", "sus", "sosoxui");

    private Languages() {
    }

    /** The language's name in {@code language}, with its local names: "peul (pulaar, pular, fulfulde)". */
    public static String name(String code, Locale language) {
        String name = Locale.of(code).getDisplayLanguage(language);
        String also = ALSO.get(code);
        return also == null ? name : name + " (" + also + ")";
    }
}
