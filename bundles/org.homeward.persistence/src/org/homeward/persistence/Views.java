package org.homeward.persistence;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Entities a service read, handed out as the read-only views its model declares (an area's entity
 * implements its view interface; the lists and optionals are retyped, not copied).
 */
public final class Views {

    private Views() {
    }

    public static <T> List<T> list(List<? extends T> entities) {
        return Collections.unmodifiableList(entities);
    }

    public static <T> Optional<T> optional(Optional<? extends T> entity) {
        return entity.map(e -> e);
    }
}
