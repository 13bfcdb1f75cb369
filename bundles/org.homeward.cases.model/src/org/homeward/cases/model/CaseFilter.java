package org.homeward.cases.model;

/**
 * What the case list shows. {@code text} is the type-ahead: it matches the start of any word of the
 * applicant's names (accents and case ignored) or the start of the case number.
 */
public record CaseFilter(String text) {

    public static final CaseFilter ALL = new CaseFilter("");

    public CaseFilter {
        text = text == null ? "" : text.strip();
    }
}
