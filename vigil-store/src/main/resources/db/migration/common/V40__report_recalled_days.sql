-- The firm days of the earlier incidents a main report's article recalls (space-separated ISO dates), compared by
-- the merge (merge.ReportFeatures.recalled). V40, not V31: numbers below it are left to concurrent migrations.
ALTER TABLE reports ADD COLUMN recalled_days TEXT;
