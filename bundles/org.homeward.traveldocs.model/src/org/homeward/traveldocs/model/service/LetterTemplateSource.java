package org.homeward.traveldocs.model.service;

import java.util.Optional;
import java.util.Properties;

/**
 * Where an office plugin gives its own letter texts (letterhead wording, formulas): the source with
 * the highest service ranking answering for a template and language wins over the texts shipped
 * with Homeward. The keys are those of the shipped {@code templates/request-letter_<language>.properties}.
 */
public interface LetterTemplateSource {

    /** The texts of template {@code name} in {@code language}, or empty to leave it to the defaults. */
    Optional<Properties> template(String name, String language);
}
