package org.homeward.cases.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.homeward.cases.model.CaseFilter;

import jakarta.persistence.Query;

/**
 * The WHERE clause of the case list, in SQL: each word typed must start a word of the principal
 * applicant's names (folded search key), or, when the text holds a digit, it must start the case
 * number (names hold no digits).
 */
record Where(String jpql, List<Object> parameters) {

    static Where of(CaseFilter filter) {
        String text = filter.text().replace("%", " ").replace("_", " ").strip();
        if (text.isEmpty()) {
            return new Where("", List.of());
        }
        if (text.chars().anyMatch(Character::isDigit)) {
            // names hold no digits: this is (the start of) a case number
            return new Where(" WHERE c.caseNumber LIKE ?1", List.of(text.toUpperCase(Locale.ROOT) + "%"));
        }
        String folded = SearchKeys.fold(text);
        if (folded.isEmpty()) {
            return new Where("", List.of());
        }
        StringBuilder jpql = new StringBuilder(" WHERE ");
        List<Object> params = new ArrayList<>();
        for (String word : folded.split(" ")) {
            if (!params.isEmpty()) {
                jpql.append(" AND ");
            }
            params.add(word + "%");
            params.add("% " + word + "%");
            jpql.append("(c.searchName LIKE ?").append(params.size() - 1).append(" OR c.searchName LIKE ?")
                    .append(params.size()).append(')');
        }
        return new Where(jpql.toString(), params);
    }

    void bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }
}
