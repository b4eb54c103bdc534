-- Which member report the incident's date and place come from (Aggregate's rules), so that readers can take the
-- whole date or place of that report (its resolved names, precision, evidence) from the report's JSON. NULL for
-- incidents stored before this column existed, until their next refresh.
ALTER TABLE incidents ADD COLUMN date_report_id BIGINT;
ALTER TABLE incidents ADD COLUMN place_report_id BIGINT;
