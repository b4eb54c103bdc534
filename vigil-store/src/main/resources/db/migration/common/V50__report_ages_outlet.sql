-- The ages of the people a report describes (space-separated: "17 3 13m"), compared by the merge
-- (merge.Ages, merge.ReportFeatures.ages); and the outlet of its article (merge.Outlet: "suntimes.com"), so that
-- the merge reads it with the report instead of parsing the article's URL for every candidate (reports stored
-- before have none: their URL is read and parsed as before).
ALTER TABLE reports ADD COLUMN ages TEXT;
ALTER TABLE reports ADD COLUMN outlet TEXT;
