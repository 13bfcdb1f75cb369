package org.homeward.cases.model.service;

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
    List<DuplicateCandidate> candidates(PersonDraft draft, int max);
}
