-- Each person's vulnerability screening has a version of its own: a screening names the one its user saw,
-- and is refused when another workstation screened the person meanwhile (no flag silently dropped),
-- without conflicting with edits of the person's other details.
ALTER TABLE PERSON ADD COLUMN SCREENING_VERSION BIGINT DEFAULT 0 NOT NULL;
