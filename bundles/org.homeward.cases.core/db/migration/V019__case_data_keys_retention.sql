-- Each case's key for the values its audit lines copy (AES-GCM, written by the application): deleting it
-- when the case is anonymised makes those values unreadable while the lines and their hash chain stay.
CREATE TABLE CASE_DATA_KEY (
    CASE_ID BIGINT NOT NULL,
    DATA_KEY VARCHAR(64) NOT NULL,
    CONSTRAINT PK_CASE_DATA_KEY PRIMARY KEY (CASE_ID)
);

-- encrypted values are longer than the 1,000 characters they hold; a status line's field carries its
-- reason (56 characters at most), encrypted too
ALTER TABLE AUDIT_ENTRY ALTER COLUMN OLD_VALUE SET DATA TYPE VARCHAR(4100);
ALTER TABLE AUDIT_ENTRY ALTER COLUMN NEW_VALUE SET DATA TYPE VARCHAR(4100);
ALTER TABLE AUDIT_ENTRY ALTER COLUMN FIELD SET DATA TYPE VARCHAR(400);

-- when the case's identified data was anonymised under the office's retention schedule
ALTER TABLE MIGRANT_CASE ADD COLUMN ANONYMISED_ON DATE;
