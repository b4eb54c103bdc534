-- The input id of the first copy of the story an article copies, when the duplicate screen skipped it as a copy
-- (Outcome.Skipped.duplicateOf). vigil run's pages and vigil eval gva --store's then read back alike: a copy takes its
-- first copy's incident in the evaluation, as in vigil extract --batch → vigil merge-eval. Null for every other
-- article, and for the copies stored before this column (their message still names the first copy).
ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
