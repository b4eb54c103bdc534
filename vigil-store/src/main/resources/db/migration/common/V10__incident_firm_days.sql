-- The range of firm days (a precise day read from the text) among an incident's member reports. A new report with
-- a firm date this many days or more from either end is vetoed by one of those members anyway (MatchScorer), so
-- the merge skips such candidates without loading their reports. NULL: no member has a firm date.
ALTER TABLE incidents ADD COLUMN firm_day_min INTEGER;
ALTER TABLE incidents ADD COLUMN firm_day_max INTEGER;
