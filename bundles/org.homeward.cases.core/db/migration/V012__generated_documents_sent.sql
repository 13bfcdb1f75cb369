-- The day a generated document went out (the revision of a request letter sent to the embassy), so
-- that the case file tells the version sent from drafts made before or after it.
ALTER TABLE ATTACHMENT ADD COLUMN SENT_ON DATE;
