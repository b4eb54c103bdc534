-- SQLite: full-text search with FTS5 (contentless, rowid = incidents.id) and a 3-D R*Tree over longitude, latitude
-- and day (the incident's window of report days) for box + time queries and merge candidates.
CREATE VIRTUAL TABLE incident_fts USING fts5(search_text, content='', contentless_delete=1, detail=none,
  tokenize='porter unicode61');
CREATE VIRTUAL TABLE incident_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day);
