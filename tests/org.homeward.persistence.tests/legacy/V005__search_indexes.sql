-- Faster case list and duplicate search at office scale (hundreds of thousands of cases):
-- newest-first paging reads a descending index instead of sorting; name keys carry what duplicate
-- detection filters on (nationality, birth year) and the case they belong to, so that duplicate
-- candidates are found by an index range scan without reading persons.
CREATE INDEX IX_MIGRANT_CASE_ID_DESC ON MIGRANT_CASE (ID DESC);

ALTER TABLE PERSON_NAME_KEY ADD COLUMN CASE_ID BIGINT;

ALTER TABLE PERSON_NAME_KEY ADD COLUMN NATIONALITY CHAR(2);

ALTER TABLE PERSON_NAME_KEY ADD COLUMN BIRTH_YEAR INTEGER;

UPDATE PERSON_NAME_KEY SET
    CASE_ID = (SELECT p.CASE_ID FROM PERSON p WHERE p.ID = PERSON_NAME_KEY.PERSON_ID),
    NATIONALITY = (SELECT p.NATIONALITY FROM PERSON p WHERE p.ID = PERSON_NAME_KEY.PERSON_ID),
    BIRTH_YEAR = (SELECT p.BIRTH_YEAR FROM PERSON p WHERE p.ID = PERSON_NAME_KEY.PERSON_ID);

CREATE INDEX IX_NAME_KEY_MATCH ON PERSON_NAME_KEY (NAME_KEY, NATIONALITY, BIRTH_YEAR, PERSON_ID);
