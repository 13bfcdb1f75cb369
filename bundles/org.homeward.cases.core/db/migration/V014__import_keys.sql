-- Households imported from legacy spreadsheets: the key of each (a digest of its legacy identifier and its
-- principal's identity), so that importing a file again creates nothing new. No foreign key: the key
-- stays when its case is merged into another, so that the household is not imported a second time.
-- Portable SQL (Apache Derby 10.17 and PostgreSQL 12+).
CREATE TABLE CASE_IMPORT_KEY (
    IMPORT_KEY VARCHAR(64) NOT NULL,
    CASE_ID BIGINT NOT NULL,
    SOURCE_NAME VARCHAR(255) NOT NULL,
    IMPORTED_AT TIMESTAMP NOT NULL,
    CONSTRAINT PK_CASE_IMPORT_KEY PRIMARY KEY (IMPORT_KEY)
);

CREATE INDEX IX_CASE_IMPORT_KEY_CASE ON CASE_IMPORT_KEY (CASE_ID);
