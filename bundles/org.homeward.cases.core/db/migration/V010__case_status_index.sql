-- Other areas ask for the cases at some statuses (documents checked against departures, later the
-- departures of the week): an index keeps that off a scan of every case.
CREATE INDEX IX_MIGRANT_CASE_STATUS ON MIGRANT_CASE (STATUS, ID);
