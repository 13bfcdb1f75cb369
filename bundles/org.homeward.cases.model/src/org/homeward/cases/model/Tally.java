package org.homeward.cases.model;

/** A count under a key: a month ("2026-03"), a nationality ("GN"), a sex, an age group, a status. */
public record Tally(String key, long count) {
}
