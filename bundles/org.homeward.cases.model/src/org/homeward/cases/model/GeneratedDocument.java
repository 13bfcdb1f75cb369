package org.homeward.cases.model;

/**
 * A document Homeward generated for a case (a request letter to an embassy...), to keep in the case
 * file.
 *
 * @param type what kind of document, a stable code of the generator's (for example
 *        {@code traveldocs.request-letter})
 * @param title what the user reads in the case file, in the workbench's language
 * @param language ISO 639-1 code of the document's language
 * @param source the record it was generated for (a request's reference), so that its revisions are
 *        counted together
 * @param fileName the file's name, with its extension (which gives its type)
 * @since 2.1
 */
public record GeneratedDocument(String type, String title, String language, String source, String fileName) {
}
