-- Consent to sensitive details for the mission of origin (vulnerabilities, medical), each on its own,
-- and the fields each sharing sent, in the sharing log.
-- Portable SQL (Apache Derby 10.17 and PostgreSQL 12+).
ALTER TABLE CONSENT ADD COLUMN SHARE_VULNERABILITIES BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE CONSENT ADD COLUMN SHARE_MEDICAL BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE SHARING_LOG ADD COLUMN FIELDS VARCHAR(400);
