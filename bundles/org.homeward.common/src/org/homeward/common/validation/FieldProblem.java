package org.homeward.common.validation;

import java.util.Objects;

/**
 * One bad field of a form or record: the field's identifier (stable, for the UI to highlight it)
 * and a message for the user that names the field.
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
