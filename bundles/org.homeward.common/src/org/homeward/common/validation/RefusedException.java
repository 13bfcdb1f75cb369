package org.homeward.common.validation;

import java.io.Serial;
import java.util.List;

/**
 * An action is not allowed in the record's present state or for the present user (for example an
 * approval without consent); every unmet condition is listed, for the user. Nothing was saved.
 */
public class RefusedException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<String> reasons;

    public RefusedException(List<String> reasons) {
        super(String.join("\n", reasons));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
