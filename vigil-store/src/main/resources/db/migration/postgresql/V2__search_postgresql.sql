-- PostgreSQL: full-text search with a tsvector column (English configuration) and a GIN index; box + time queries use
-- a B-tree on (lat, lon) next to the day indexes of V1.
ALTER TABLE incidents ADD COLUMN search tsvector;
CREATE INDEX incidents_search ON incidents USING gin (search);
CREATE INDEX incidents_lat_lon ON incidents (lat, lon);
