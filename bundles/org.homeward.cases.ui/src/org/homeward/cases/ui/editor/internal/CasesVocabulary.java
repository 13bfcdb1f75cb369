package org.homeward.cases.ui.editor.internal;

import java.util.function.Function;

import org.homeward.cases.model.AttachmentKind;
import org.homeward.cases.model.CaseStatus;
import org.homeward.cases.model.DocumentKind;
import org.homeward.cases.model.Priority;
import org.homeward.cases.model.Relationship;
import org.homeward.cases.model.Sex;
import org.homeward.cases.model.VulnerabilityType;
import org.homeward.cases.ui.editor.ResourceVocabulary;
import org.homeward.cases.ui.internal.Labels;
import org.homeward.cases.ui.internal.Messages;

/** The History page's words for the case area: its {@code history.properties}, and its coded values by their labels. */
final class CasesVocabulary extends ResourceVocabulary {

    CasesVocabulary() {
        super("org.homeward.cases.ui.internal.history", CasesVocabulary.class.getClassLoader());
    }

    @Override
    public String field(String entity, String field) {
        if ("Vulnerability".equals(entity)) {
            boolean note = field.endsWith(" note");
            String type = note ? field.substring(0, field.length() - 5) : field;
            String named = label(type, t -> Labels.vulnerability(VulnerabilityType.valueOf(t)));
            if (named != null) {
                return note ? named + " (" + Messages.History_note + ")" : named;
            }
        }
        return super.field(entity, field);
    }

    @Override
    public String value(String entity, String field, String value) {
        return switch (field) {
            case "status" -> label(value, v -> Labels.status(CaseStatus.valueOf(v)));
            case "priority" -> label(value, v -> Labels.priority(Priority.valueOf(v)));
            case "sex" -> label(value, v -> Labels.sex(Sex.valueOf(v)));
            case "relationship" -> label(value, v -> Labels.relationship(Relationship.valueOf(v)));
            case "nationality", "issuingCountry" -> Labels.country(value);
            case "language" -> Labels.language(value);
            case "kind" -> "Attachment".equals(entity)
                    ? label(value, v -> Labels.attachmentKind(AttachmentKind.valueOf(v)))
                    : label(value, v -> Labels.documentKind(DocumentKind.valueOf(v)));
            default -> super.value(entity, field, value);
        };
    }

    /** The label of a coded value, or null when the code is not (or no longer) one of the enum's. */
    private static String label(String code, Function<String, String> labels) {
        try {
            return labels.apply(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
