-- Consent keeps its history (a consent recorded after a withdrawal is a new row) and says whom it covers:
-- CONSENT_PERSON lists the household's members when it was recorded. A person's own consent is the last
-- one covering them, so that a person a merge moves keeps theirs and the kept case's does not extend to them.
ALTER TABLE CONSENT DROP CONSTRAINT UQ_CONSENT_CASE;

CREATE TABLE CONSENT_PERSON (
    CONSENT_ID BIGINT NOT NULL,
    PERSON_ID BIGINT NOT NULL,
    CONSTRAINT PK_CONSENT_PERSON PRIMARY KEY (CONSENT_ID, PERSON_ID),
    CONSTRAINT FK_CONSENT_PERSON_CONSENT FOREIGN KEY (CONSENT_ID) REFERENCES CONSENT (ID)
);
CREATE INDEX IX_CONSENT_PERSON_PERSON ON CONSENT_PERSON (PERSON_ID);

-- consents recorded before this version cover the members their case has now
INSERT INTO CONSENT_PERSON (CONSENT_ID, PERSON_ID)
    SELECT c.ID, p.ID FROM CONSENT c JOIN PERSON p ON p.CASE_ID = c.CASE_ID;
