-- Documents Homeward generates (request letters, later declarations and notices) are kept in the case
-- file beside the scans: what they are, in which language, for which record (a request's reference),
-- and which revision (regenerating keeps the earlier ones).
ALTER TABLE ATTACHMENT ADD COLUMN TITLE VARCHAR(200);
ALTER TABLE ATTACHMENT ADD COLUMN DOCUMENT_TYPE VARCHAR(64);
ALTER TABLE ATTACHMENT ADD COLUMN LANGUAGE_CODE VARCHAR(8);
ALTER TABLE ATTACHMENT ADD COLUMN SOURCE_REF VARCHAR(64);
ALTER TABLE ATTACHMENT ADD COLUMN REVISION INTEGER;
CREATE INDEX IX_ATTACHMENT_SOURCE ON ATTACHMENT (CASE_ID, DOCUMENT_TYPE, SOURCE_REF);
