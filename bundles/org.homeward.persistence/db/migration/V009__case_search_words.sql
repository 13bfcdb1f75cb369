-- The words of each case's search name (the principal applicant's folded names), one row per
-- distinct word, so that the type-ahead finds the start of a word through an index instead of
-- reading every name. Filled by the application: SEARCH_WORDS_VERSION 0 means still to fill.
CREATE TABLE CASE_SEARCH_WORD (
    WORD VARCHAR(200) NOT NULL,
    CASE_ID BIGINT NOT NULL,
    CONSTRAINT PK_CASE_SEARCH_WORD PRIMARY KEY (WORD, CASE_ID),
    CONSTRAINT FK_CASE_SEARCH_WORD_CASE FOREIGN KEY (CASE_ID) REFERENCES MIGRANT_CASE (ID)
);

ALTER TABLE MIGRANT_CASE ADD COLUMN SEARCH_WORDS_VERSION INTEGER DEFAULT 0 NOT NULL;

CREATE INDEX IX_MIGRANT_CASE_SEARCH_WORDS ON MIGRANT_CASE (SEARCH_WORDS_VERSION);
