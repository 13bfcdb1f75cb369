package org.homeward.cases.ui.editor.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.homeward.cases.model.AuditEntry;
import org.homeward.cases.ui.editor.HistoryVocabulary;
import org.homeward.cases.ui.internal.Days;
import org.homeward.cases.ui.internal.Messages;

/**
 * An audit entry in plain words: "Date de naissance : 14/03/1992 → 14/03/1991". Records, fields and
 * coded values are named by the areas' {@link HistoryVocabulary vocabularies}, dates are written as
 * everywhere in the workbench, yes and no in words.
 */
final class HistoryText {

    private final List<HistoryVocabulary> vocabularies;
    private final Map<Long, String> persons;

    /** @param persons the household's names by person id, to say whose record changed */
    HistoryText(List<HistoryVocabulary> vocabularies, Map<Long, String> persons) {
        this.vocabularies = vocabularies;
        this.persons = persons;
    }

    /** The kind of record, and for a person whose record it is. */
    String record(AuditEntry e) {
        String named = first(v -> v.record(e.getEntity()), e.getEntity());
        String person = "Person".equals(e.getEntity()) ? persons.get(e.getEntityId()) : null;
        return person == null ? named : named + " \u2014 " + person;
    }

    String action(AuditEntry e) {
        return switch (e.getAction()) {
            case CREATE -> Messages.History_CREATE;
            case UPDATE -> Messages.History_UPDATE;
            case DELETE -> Messages.History_DELETE;
            case STATUS -> Messages.History_STATUS;
            case VIEW -> Messages.History_VIEW;
        };
    }

    /** What changed, in a sentence. */
    String change(AuditEntry e) {
        return switch (e.getAction()) {
            case DELETE -> NLS.bind(Messages.History_deleted, plain(e.getOldValue()));
            case STATUS -> status(e);
            case CREATE -> NLS.bind(Messages.History_set, field(e, e.getField()), value(e, e.getField(),
                    e.getNewValue()));
            case UPDATE -> e.getOldValue() == null && e.getNewValue() == null
                    ? field(e, e.getField())
                    : NLS.bind(Messages.History_changed, new Object[]{field(e, e.getField()),
                            value(e, e.getField(), e.getOldValue()), value(e, e.getField(), e.getNewValue())});
            case VIEW -> switch (String.valueOf(e.getField())) {
                case "content" -> Messages.History_viewedContent;
                case "subjectAccess" -> Messages.History_viewedSubjectAccess;
                default -> Messages.History_viewedFile;
            };
        };
    }

    private String status(AuditEntry e) {
        String to = value(e, "status", e.getNewValue());
        String text = e.getOldValue() == null
                ? NLS.bind(Messages.History_set, field(e, "status"), to)
                : NLS.bind(Messages.History_changed, new Object[]{field(e, "status"), value(e, "status",
                        e.getOldValue()), to});
        String field = e.getField();
        return field != null && field.startsWith("status: ")
                ? NLS.bind(Messages.History_because, text, field.substring(8))
                : text;
    }

    private String field(AuditEntry e, String field) {
        return first(v -> v.field(e.getEntity(), field), field);
    }

    private String value(AuditEntry e, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return "\u2014";
        }
        String coded = first(v -> v.value(e.getEntity(), field, raw), null);
        if (coded != null) {
            return coded;
        }
        if (raw.matches("[A-Z_]+(,[A-Z_]+)+")) { // a set of coded values, as the trail writes them
            return String.join(", ", java.util.Arrays.stream(raw.split(",")).map(one -> {
                String word = first(v -> v.value(e.getEntity(), field, one), null);
                return word != null ? word : one;
            }).toList());
        }
        return plain(raw);
    }

    private static String plain(String raw) {
        if (raw == null || raw.isBlank()) {
            return "\u2014";
        }
        if ("true".equals(raw)) {
            return Messages.Editor_yes;
        }
        if ("false".equals(raw)) {
            return Messages.Editor_no;
        }
        if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return Days.format(LocalDate.parse(raw));
            } catch (DateTimeParseException e) {
                return raw;
            }
        }
        return raw;
    }

    private String first(java.util.function.Function<HistoryVocabulary, String> ask, String otherwise) {
        for (HistoryVocabulary v : vocabularies) {
            String found = ask.apply(v);
            if (found != null) {
                return found;
            }
        }
        return otherwise;
    }
}
