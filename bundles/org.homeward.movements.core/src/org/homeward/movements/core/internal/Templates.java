package org.homeward.movements.core.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.homeward.movements.model.spi.DepartureTexts;

/**
 * The texts of the documents and letters of a departure, in French or Arabic: the office plugin's
 * wording where it gives one, Homeward's otherwise.
 */
final class Templates {

    private final ResourceBundle texts;
    private final Locale locale;
    private final List<DepartureTexts> office;

    private Templates(Locale locale, List<DepartureTexts> office) {
        this.locale = locale;
        this.office = List.copyOf(office);
        this.texts = ResourceBundle.getBundle("org.homeward.movements.core.internal.templates", locale,
                Templates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static final Templates FRENCH = new Templates(Locale.FRENCH, List.of());
    static final Templates ARABIC = new Templates(Locale.forLanguageTag("ar"), List.of());

    /** French with the office's wording, asked in this order. */
    static Templates french(List<DepartureTexts> office) {
        return office.isEmpty() ? FRENCH : new Templates(Locale.FRENCH, office);
    }

    /** Arabic with the office's wording, asked in this order. */
    static Templates arabic(List<DepartureTexts> office) {
        return office.isEmpty() ? ARABIC : new Templates(Locale.forLanguageTag("ar"), office);
    }

    String text(String key, Object... args) {
        String pattern = null;
        for (DepartureTexts t : office) {
            pattern = t.text(key, locale.getLanguage());
            if (pattern != null) {
                break;
            }
        }
        try {
            if (pattern == null) {
                pattern = texts.getString(key);
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("document text " + key + " is missing", e);
        }
    }

    /** A country's name in this language, from its ISO code. */
    String country(String iso) {
        return iso == null || iso.isBlank() ? "" : org.homeward.cases.model.Nationalities.displayName(iso, locale);
    }
}
