-- Duplicate detection looks for persons of one nationality and year of birth sharing a name key: an index
-- in that order, which the import's batches read per nationality and year.
-- Portable SQL (Apache Derby 10.17 and PostgreSQL 12+).
CREATE INDEX IX_PERSON_NAME_KEY_ORIGIN ON PERSON_NAME_KEY (NATIONALITY, BIRTH_YEAR, NAME_KEY, PERSON_ID);
