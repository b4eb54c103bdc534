-- Vigil store schema, shared by SQLite and PostgreSQL. ${id} is the primary-key column type: INTEGER PRIMARY KEY in
-- SQLite (the rowid), BIGINT PRIMARY KEY in PostgreSQL. Ids are assigned by the application (max + 1 inside the
-- writer's transaction), so that a run that is killed and restarted ends with the same ids as an uninterrupted one.
-- Dates are ISO text (YYYY-MM-DD) with an integer day number (days since 1970-01-01) beside them for range queries.

-- One row per distinct input: every input ends in one outcome, so the counts of a run add up.
CREATE TABLE articles (
  id ${id},
  input_id TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  canonical_url TEXT,
  url TEXT,
  title TEXT,
  published TEXT,
  outcome TEXT NOT NULL,
  stage TEXT,
  reason TEXT,
  message TEXT,
  incident_count INTEGER NOT NULL,
  extraction TEXT
);
CREATE UNIQUE INDEX articles_input_hash ON articles (input_hash);
CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url);

-- Inputs that were not stored because an article with the same content hash or canonical URL already was.
CREATE TABLE duplicates (
  input_id TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  article_id BIGINT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (input_id, input_hash)
);

-- Merged incidents: one record per real-world incident, whatever the number of articles that reported it.
CREATE TABLE incidents (
  id ${id},
  status TEXT NOT NULL,
  type TEXT NOT NULL,
  types TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  day_start INTEGER,
  day_end INTEGER,
  time_precision TEXT,
  window_start INTEGER,
  window_end INTEGER,
  place TEXT,
  locality TEXT,
  admin1 TEXT,
  country_code TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  geo_precision INTEGER,
  perpetrators TEXT,
  killed INTEGER,
  injured INTEGER,
  report_count INTEGER NOT NULL,
  article_count INTEGER NOT NULL,
  first_published TEXT,
  last_published TEXT,
  title TEXT,
  search_text TEXT
);
CREATE INDEX incidents_day ON incidents (day_start);
CREATE INDEX incidents_window ON incidents (window_start, window_end);
CREATE INDEX incidents_country_window ON incidents (country_code, window_start);
-- merge candidates without a town-level point: few, so a partial index keeps them cheap to find at any size
CREATE INDEX incidents_unplaced_window ON incidents (window_start) WHERE lat IS NULL OR geo_precision >= 3;
CREATE INDEX incidents_killed ON incidents (killed);

-- One article's account of one incident (a member of the merged incident, or a background mention linked to it).
CREATE TABLE reports (
  id ${id},
  incident_id BIGINT NOT NULL,
  article_id BIGINT NOT NULL,
  ordinal INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  status TEXT NOT NULL,
  role TEXT NOT NULL,
  type TEXT NOT NULL,
  types TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  time_precision TEXT,
  time_rule TEXT,
  place TEXT,
  locality TEXT,
  admin1 TEXT,
  country_code TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  geo_precision INTEGER,
  perpetrators TEXT,
  published TEXT,
  place_terms TEXT,
  actor_terms TEXT,
  match_terms TEXT,
  name_terms TEXT,
  merge_score DOUBLE PRECISION,
  merge_reason TEXT NOT NULL,
  incident TEXT NOT NULL
);
CREATE INDEX reports_incident ON reports (incident_id);
CREATE INDEX reports_article ON reports (article_id);

-- Every source's own figures, one row per report and kind.
CREATE TABLE report_figures (
  report_id BIGINT NOT NULL,
  incident_id BIGINT NOT NULL,
  article_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  low INTEGER NOT NULL,
  best INTEGER NOT NULL,
  high INTEGER,
  qualifier TEXT NOT NULL,
  phrase TEXT,
  published TEXT,
  PRIMARY KEY (report_id, kind)
);
CREATE INDEX report_figures_incident ON report_figures (incident_id);

-- The reconciled figure of each merged incident (see FigureRule for how best, low and high are chosen).
CREATE TABLE incident_figures (
  incident_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  low INTEGER NOT NULL,
  best INTEGER NOT NULL,
  high INTEGER,
  rule TEXT NOT NULL,
  report_id BIGINT NOT NULL,
  PRIMARY KEY (incident_id, kind)
);
CREATE INDEX incident_figures_kind_best ON incident_figures (kind, best);

-- Each change of an incident's best figure, with the article that caused it.
CREATE TABLE figure_revisions (
  id ${id},
  incident_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  article_id BIGINT NOT NULL,
  published TEXT,
  previous_best INTEGER,
  best INTEGER,
  low INTEGER,
  high INTEGER,
  rule TEXT NOT NULL
);
CREATE INDEX figure_revisions_incident ON figure_revisions (incident_id);

-- Document frequencies of the content words of the stored reports (the merge weighs rare words more), and counters.
CREATE TABLE term_df (
  term TEXT PRIMARY KEY,
  df BIGINT NOT NULL
);
CREATE TABLE store_stats (
  name TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO store_stats (name, value) VALUES ('reports', 0);
