-- The reports count status changes of one kind in a period (departures per month, by nationality...): an
-- index on the new status and the time of the change.
-- Portable SQL (Apache Derby 10.17 and PostgreSQL 12+).
CREATE INDEX IX_STATUS_CHANGE_TO_AT ON CASE_STATUS_CHANGE (TO_STATUS, CHANGED_AT);
