package org.homeward.cases.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.homeward.cases.model.CaseFilter;

import jakarta.persistence.Query;

/**
 * The WHERE clause of the case list, in SQL: each word typed must start a word of the stored
 * search key, or the whole text must start the case number.
 */
record Where(String jpql, List<Object> parameters) {

    static Where of(CaseFilter filter) {
        String folded = SearchKeys.fold(filter.text().replace("%", " ").replace("_", " "));
        String rawNumber = filter.text().strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
        if (folded.isEmpty()) {
            return new Where("", List.of());
        }
        StringBuilder jpql = new StringBuilder(" WHERE ((");
        List<Object> params = new ArrayList<>();
        String[] words = folded.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                jpql.append(") AND (");
            }
            jpql.append("c.searchName LIKE ?").append(params.size() + 1);
            jpql.append(" OR c.searchName LIKE ?").append(params.size() + 2);
            params.add(words[i] + "%");
            params.add("% " + words[i] + "%");
        }
        jpql.append(")) OR c.caseNumber LIKE ?").append(params.size() + 1);
        params.add(rawNumber + "%");
        return new Where(jpql.toString(), params);
    }

    void bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }
}
