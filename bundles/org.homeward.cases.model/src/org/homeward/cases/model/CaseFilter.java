package org.homeward.cases.model;

/**
 * What the case list shows. {@code text} is the type-ahead: it matches the start of any word of the
 * applicant's names (accents and case ignored), or, when it holds a digit, the start of the case
 * number. The other criteria, when not null, keep only the cases with that status, priority or
 * nationality.
 */
public record CaseFilter(String text, CaseStatus status, Priority priority, String nationality) {

    public static final CaseFilter ALL = new CaseFilter("");

    public CaseFilter {
        text = text == null ? "" : text.strip();
        nationality = nationality == null || nationality.isBlank() ? null : nationality.strip();
    }

    /** Type-ahead text alone. */
    public CaseFilter(String text) {
        this(text, null, null, null);
    }

    public CaseFilter withText(String newText) {
        return new CaseFilter(newText, status, priority, nationality);
    }
}
