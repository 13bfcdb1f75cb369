package org.homeward.cases.model;

import java.time.LocalDate;

/**
 * What the case list shows. {@code text} is the type-ahead: it matches the start of any word of the
 * household's names (accents and case ignored), or, when it holds a digit, any part of the case
 * number. The other criteria, when not null, keep only the cases with that status, priority,
 * nationality, a person screened with that vulnerability, or registered within the dates (both
 * days included).
 */
public record CaseFilter(String text, CaseStatus status, Priority priority, String nationality,
        VulnerabilityType vulnerability, LocalDate registeredFrom, LocalDate registeredTo, CaseOrder order) {

    public static final CaseFilter ALL = new CaseFilter("");

    public CaseFilter {
        text = text == null ? "" : text.strip();
        nationality = nationality == null || nationality.isBlank() ? null : nationality.strip();
    }

    /** Newest first. */
    public CaseFilter(String text, CaseStatus status, Priority priority, String nationality,
            VulnerabilityType vulnerability, LocalDate registeredFrom, LocalDate registeredTo) {
        this(text, status, priority, nationality, vulnerability, registeredFrom, registeredTo, null);
    }

    /** Type-ahead text alone. */
    public CaseFilter(String text) {
        this(text, null, null, null);
    }

    /** Type-ahead, status, priority and nationality. */
    public CaseFilter(String text, CaseStatus status, Priority priority, String nationality) {
        this(text, status, priority, nationality, null, null, null);
    }

    public CaseFilter withText(String newText) {
        return new CaseFilter(newText, status, priority, nationality, vulnerability, registeredFrom, registeredTo,
                order);
    }

    public CaseFilter withVulnerability(VulnerabilityType type) {
        return new CaseFilter(text, status, priority, nationality, type, registeredFrom, registeredTo, order);
    }

    /**
     * The same cases in another order; null for newest first.
     *
     * @since 2.1
     */
    public CaseFilter withOrder(CaseOrder newOrder) {
        return new CaseFilter(text, status, priority, nationality, vulnerability, registeredFrom, registeredTo,
                newOrder);
    }

    public CaseFilter withRegistered(LocalDate from, LocalDate to) {
        return new CaseFilter(text, status, priority, nationality, vulnerability, from, to, order);
    }
}
