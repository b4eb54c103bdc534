-- SQLite: the writer's candidate index (store.write.CandidateIndex) keeps the stemmed words of each incident's search
-- text as ids. The words get their ids here (in order of first use: id = row number, 0-based), and each incident
-- keeps its sorted word ids (search_words: deltas as unsigned LEB128 varints), written with the incident row, so
-- that loading the index reads ids instead of stemming and hashing every word of a million search texts. A cache:
-- NULL (incidents written before V45) means "stem the search text", and the writer fills it in on its first load.
CREATE TABLE search_words (
  id INTEGER PRIMARY KEY,
  stem TEXT NOT NULL
);
ALTER TABLE incidents ADD COLUMN search_words BLOB;
