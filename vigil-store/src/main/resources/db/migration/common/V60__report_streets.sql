-- The streets a report names (space-separated keys: "copeland_street 12th_avenue"), compared by the merge
-- (merge.Streets, merge.ReportFeatures.streets). Reports stored before have none: they share no street.
ALTER TABLE reports ADD COLUMN streets TEXT;
