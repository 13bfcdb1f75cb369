-- The type-ahead's keys: for each case, every distinct word of its search name (the principal
-- applicant's folded names) and every distinct word start of one to three letters. A typed word of
-- up to three letters is then one exact key (no duplicates to remove, read in case order), a longer
-- one a range of whole words. Derived data, written with the case and rebuilt by the application:
-- SEARCH_KEYS_VERSION 0 means still to fill.
CREATE TABLE CASE_SEARCH_KEY (
    SEARCH_KEY VARCHAR(200) NOT NULL,
    CASE_ID BIGINT NOT NULL
);

CREATE UNIQUE INDEX UX_CASE_SEARCH_KEY ON CASE_SEARCH_KEY (SEARCH_KEY, CASE_ID DESC);

CREATE INDEX IX_CASE_SEARCH_KEY_CASE ON CASE_SEARCH_KEY (CASE_ID, SEARCH_KEY);

ALTER TABLE MIGRANT_CASE ADD COLUMN SEARCH_KEYS_VERSION INTEGER DEFAULT 0 NOT NULL;

CREATE INDEX IX_MIGRANT_CASE_SEARCH_KEYS ON MIGRANT_CASE (SEARCH_KEYS_VERSION);
