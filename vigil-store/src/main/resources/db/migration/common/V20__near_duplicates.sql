-- The duplicate screen's memory (the screen stage of vigil-pipeline): one row per story that was let through, so that
-- a restarted `vigil run` still recognises later copies of it. exact_key is the SHA-256 of the story's normalised
-- words; signature its MinHash (64 hashes, 16 hex digits each; empty for a text too short to compare other than
-- exactly); seq the order in which the stories were seen.
CREATE TABLE story_fingerprints (
  input_id TEXT NOT NULL PRIMARY KEY,
  url TEXT,
  exact_key TEXT NOT NULL,
  signature TEXT NOT NULL,
  seq BIGINT NOT NULL
);
