package org.homeward.cases.ui.editor;

/**
 * The words the History page uses for an area's records, fields and coded values, in the workbench's
 * language: an area (or a plugin with its own tables) registers one as an OSGi service. Each method
 * answers null for what is not its own.
 *
 * @since 2.1
 */
public interface HistoryVocabulary {

    /** The name of a kind of record ("Pièce d'identité" for {@code IdentityDocument}), or null. */
    String record(String entity);

    /** The name of a field of a record ("Date de naissance" for {@code dateOfBirth}), or null. */
    String field(String entity, String field);

    /** A coded value as the user reads it ("Enregistré" for {@code REGISTERED}), or null. */
    String value(String entity, String field, String value);
}
