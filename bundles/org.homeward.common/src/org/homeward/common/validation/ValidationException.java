package org.homeward.common.validation;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when input is refused; nothing has been saved. Carries every bad field, not only the first. */
public class ValidationException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
