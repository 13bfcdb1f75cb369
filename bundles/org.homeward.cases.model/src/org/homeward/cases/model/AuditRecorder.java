package org.homeward.cases.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.homeward.cases.model.AuditEntry.Action;

/**
 * Writes audit entries ({@link AuditEntry}) in the caller's transaction, so that a change and its
 * trail are committed together or not at all. Every capability records its creates, updates,
 * deletes and status changes through one, from
 * {@link org.homeward.cases.model.service.AuditService#recorder(String, Instant)}, inside the
 * transaction of its change. One instance per unit of work.
 */
public abstract class AuditRecorder {

    public static final int VALUE_MAX = 1000;

    private final String user;
    private final Instant at;

    protected AuditRecorder(String user, Instant at) {
        this.user = user;
        this.at = at;
    }

    /** Who the entries name. */
    protected final String user() {
        return user;
    }

    /** When the entries say the change was made. */
    protected final Instant at() {
        return at;
    }

    /** A new record: one entry per field that has a value. */
    public void created(Long caseId, String entity, long entityId, Map<String, ?> fields) {
        fields.forEach((field, value) -> {
            if (value != null) {
                write(caseId, entity, entityId, Action.CREATE, field, null, text(value));
            }
        });
    }

    /** A changed field; nothing is written when the value did not change. */
    public void updated(Long caseId, String entity, long entityId, String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (!Objects.equals(before, after)) {
            write(caseId, entity, entityId, Action.UPDATE, field, before, after);
        }
    }

    /** A removed record, described in one line. */
    public void deleted(Long caseId, String entity, long entityId, String description) {
        write(caseId, entity, entityId, Action.DELETE, "record", text(description), null);
    }

    public void status(long caseId, Object from, Object to, String reason) {
        write(caseId, "MigrantCase", caseId, Action.STATUS, reason == null ? "status" : "status: " + clip(reason, 56),
                text(from), text(to));
    }

    /**
     * Personal data shown to the user: {@code what} names the part seen (the case's file, a scan's
     * content); the entry holds no copy of it.
     *
     * @since 2.5
     */
    public void viewed(Long caseId, String entity, long entityId, String what) {
        write(caseId, entity, entityId, Action.VIEW, what, null, null);
    }

    /** Writes one entry in the caller's transaction. */
    protected abstract void write(Long caseId, String entity, long entityId, Action action, String field,
            String before, String after);

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s;
        if (value instanceof Collection<?> c) {
            s = c.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
        } else if (value instanceof Enum<?> e) {
            s = e.name();
        } else {
            s = String.valueOf(value);
        }
        return clip(s, VALUE_MAX);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
