package org.homeward.movements.model.spi;

/**
 * Wording an office plugin gives the departure documents and letters in place of Homeward's, as an OSGi
 * service (property {@code country=XX}); with several, the highest {@code service.ranking} answers
 * first. Keys and placeholders are those of Homeward's templates ({@code declaration.text},
 * {@code declaration.reference}, {@code notice.body}...).
 */
public interface DepartureTexts {

    /** The office's text for {@code key} in {@code language} ("fr" or "ar"); null keeps Homeward's. */
    String text(String key, String language);
}
