package org.homeward.cases.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;

import org.homeward.cases.model.CaseFilter;
import org.homeward.cases.model.CaseOrder;

import jakarta.persistence.Query;

/**
 * The WHERE clause of the case list, in SQL: each word typed must start a word of the principal
 * household's names (folded search key), or, when the text holds a digit, it must be part of the
 * case number (names hold no digits); status, priority and nationality narrow it further.
 */
record Where(String jpql, List<Object> parameters) {

    static Where of(CaseFilter filter) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        text(filter.text(), clauses, params);
        if (filter.status() != null) {
            params.add(filter.status());
            clauses.add("c.status = ?" + params.size());
        }
        if (filter.priority() != null) {
            params.add(filter.priority());
            clauses.add("c.priority = ?" + params.size());
        }
        if (filter.nationality() != null) {
            params.add(filter.nationality());
            clauses.add("c.nationality = ?" + params.size());
        }
        if (filter.vulnerability() != null) {
            params.add(filter.vulnerability());
            clauses.add("EXISTS (SELECT v.id FROM Vulnerability v WHERE v.caseId = c.id AND v.type = ?" + params.size()
                    + ")");
        }
        ZoneId zone = ZoneId.systemDefault();
        if (filter.registeredFrom() != null) {
            params.add(filter.registeredFrom().atStartOfDay(zone).toInstant());
            clauses.add("c.createdAt >= ?" + params.size());
        }
        if (filter.registeredTo() != null) {
            params.add(filter.registeredTo().plusDays(1).atStartOfDay(zone).toInstant());
            clauses.add("c.createdAt < ?" + params.size());
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private static void text(String typed, List<String> clauses, List<Object> params) {
        String text = typed.replace("%", " ").replace("_", " ").strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.chars().anyMatch(Character::isDigit)) {
            // names hold no digits: this is (any part of) a case number, "00002" as well as "RBA-2026-00002"
            params.add("%" + text.toUpperCase(Locale.ROOT) + "%");
            clauses.add("c.caseNumber LIKE ?" + params.size());
            return;
        }
        String folded = SearchKeys.fold(text);
        if (folded.isEmpty()) {
            return;
        }
        for (String word : folded.split(" ")) {
            params.add(word + "%");
            params.add("% " + word + "%");
            clauses.add("(c.searchName LIKE ?" + (params.size() - 1) + " OR c.searchName LIKE ?" + params.size() + ")");
        }
    }

    /** The ORDER BY of the list: the filter's order, then newest first. */
    static String orderBy(CaseFilter filter) {
        CaseOrder order = filter.order();
        if (order == null) {
            return " ORDER BY c.id DESC";
        }
        String direction = order.ascending() ? " ASC" : " DESC";
        String by = switch (order.column()) {
            case CASE_NUMBER -> "c.caseNumber" + direction;
            case FAMILY_NAME -> "c.familyName" + direction + ", c.givenNames" + direction;
            case GIVEN_NAMES -> "c.givenNames" + direction + ", c.familyName" + direction;
            case ARABIC_NAME -> "c.arabicName" + direction;
            case SEX -> "c.sex" + direction;
            case DATE_OF_BIRTH -> "c.birthYear" + direction + ", c.birthDate" + direction;
            case NATIONALITY -> "c.nationality" + direction;
            case STATUS -> "c.status" + direction;
            case REGISTERED -> "c.createdAt" + direction;
        };
        return " ORDER BY " + by + ", c.id DESC";
    }

    void bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /**
     * The folded words of a filter that is a name search alone (no digit, no other criterion), which
     * the word index answers; empty otherwise.
     */
    static List<String> words(CaseFilter filter) {
        String text = filter.text().replace("%", " ").replace("_", " ").strip();
        if (text.isEmpty() || text.chars().anyMatch(Character::isDigit) || filter.status() != null
                || filter.priority() != null || filter.nationality() != null || filter.vulnerability() != null
                || filter.registeredFrom() != null || filter.registeredTo() != null || filter.order() != null) {
            return List.of();
        }
        String folded = SearchKeys.fold(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
