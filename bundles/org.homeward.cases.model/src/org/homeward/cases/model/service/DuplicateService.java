package org.homeward.cases.model.service;

import org.homeward.common.security.Requires;
import org.homeward.common.security.Permission;
import java.util.List;

import org.homeward.cases.model.DuplicateCandidate;
import org.homeward.cases.model.PersonDraft;

/**
 * Search before create: persons already registered who may be the one being entered (other
 * spellings, transliterations, Arabic script; same nationality, born within a year). Runs on
 * indexed keys in SQL, never by loading all persons. Call it off the UI thread.
 */
public interface DuplicateService {

    /** At most {@code max} candidates, most alike first. */
    @Requires(Permission.READ_CASE)
    List<DuplicateCandidate> candidates(PersonDraft draft, int max);

    /**
     * For each of {@code drafts}, the registered person most alike that scores at least {@code minScore}, or
     * null: for imports, the drafts of one nationality and year of birth compared in one query instead of
     * one query each (give them sorted by nationality and year). A score of 85
     * or more needs the same nationality and year of birth, which this batch relies on.
     *
     * @param minScore 85 to 100
     * @return one entry per draft, in their order
     * @since 2.4
     */
    @Requires(Permission.READ_CASE)
    List<DuplicateCandidate> sameAs(List<PersonDraft> drafts, int minScore);
}
