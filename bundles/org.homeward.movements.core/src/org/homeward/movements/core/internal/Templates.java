package org.homeward.movements.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the documents prepared before a departure, in French or Arabic. */
final class Templates {

    private final ResourceBundle texts;
    private final Locale locale;

    private Templates(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("org.homeward.movements.core.internal.templates", locale,
                Templates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static final Templates FRENCH = new Templates(Locale.FRENCH);
    static final Templates ARABIC = new Templates(Locale.forLanguageTag("ar"));

    String text(String key, Object... args) {
        try {
            String pattern = texts.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("document text " + key + " is missing", e);
        }
    }

    /** A country's name in this language, from its ISO code. */
    String country(String iso) {
        return iso == null || iso.isBlank() ? "" : Locale.of("", iso).getDisplayCountry(locale);
    }
}
