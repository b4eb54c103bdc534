-- One vote per stored article whose text placed its main incident in a town (OutletHomes.vote in vigil-pipeline):
-- the page's host, id and town. An outlet's home town is learned from its other pages' votes (vigil run,
-- vigil outlets --db). Written in the article's transaction, so a crash or a restart neither loses nor repeats one.
-- The vote is that of the extraction made without learned homes, so a home never votes for itself. The articles
-- stored before this table get theirs from their stored extraction (version 71, homes.OutletVotesBackfill).
CREATE TABLE outlet_votes (
  article_id ${id},
  host TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  geoname_id BIGINT NOT NULL,
  name TEXT,
  admin1 TEXT,
  country_code TEXT
);
CREATE INDEX outlet_votes_host ON outlet_votes (host);
