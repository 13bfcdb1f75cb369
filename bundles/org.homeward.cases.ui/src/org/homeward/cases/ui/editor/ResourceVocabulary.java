package org.homeward.cases.ui.editor;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A {@link HistoryVocabulary} read from a resource bundle of the area ({@code history.properties},
 * {@code history_en.properties}...): keys {@code record.<Entity>}, {@code field.<Entity>.<field>} or
 * {@code field.<field>}, and {@code value.<field>.<VALUE>}.
 *
 * @since 2.1
 */
public class ResourceVocabulary implements HistoryVocabulary {

    private final String baseName;
    private final ClassLoader loader;

    /** @param baseName the bundle's name, for example {@code org.homeward.traveldocs.ui.internal.history} */
    protected ResourceVocabulary(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    private String text(String key) {
        try {
            ResourceBundle words = ResourceBundle.getBundle(baseName, Locale.getDefault(), loader);
            return words.containsKey(key) ? words.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String record(String entity) {
        return text("record." + entity);
    }

    @Override
    public String field(String entity, String field) {
        String own = text("field." + entity + "." + field);
        return own != null ? own : text("field." + field);
    }

    @Override
    public String value(String entity, String field, String value) {
        return text("value." + field + "." + value);
    }
}
