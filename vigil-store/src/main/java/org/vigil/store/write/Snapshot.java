package org.vigil.store.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.store.merge.MergeOptions;
import org.vigil.store.merge.ReportFeatures;

/**
 * What the writer reads of the store for one article, read ahead on a second SQLite connection while the writer
 * stores the articles before it (SQLite, {@link org.vigil.store.IncidentStore#storeAll}): the articles with its hash
 * or URL, the rows of its reports' SQL candidate routes ({@link SqlRoutes#of}), the reports of the
 * incidents those routes find (except those its firm date vetoes), and the frequencies of its reports' words.
 *
 * <p>Exact because of when it is read: the read transaction starts after the writer's transaction took the write
 * lock, so it sees the store exactly as the writer's transaction began (no other writer can commit in between), and
 * the writer lays what its transaction changed since over it ({@link TxnChanges}): the articles it inserted, the
 * incident rows and R*Tree entries it wrote, the incidents whose reports changed. Term frequencies are only written
 * at the commit ({@link TermStats#flush}), so the snapshot's are the store's for every term the writer has not
 * counted in this transaction.
 *
 * @param byHash the article with the input's content hash, or null
 * @param byUrl the article with its canonical URL, or null
 * @param routes per report: the rows of each of its SQL routes, in {@link SqlRoutes#of} order
 * @param members the reports of the incidents found (each incident's list; empty when it has none)
 * @param df the store's frequency of every word of the reports (0 when absent)
 */
record Snapshot(ArticleRows.Known byHash, ArticleRows.Known byUrl, List<List<List<SqlRoutes.Hit>>> routes,
    Map<Long, List<ReportRows.Member>> members, Map<String, Long> df) {

  /** Reads what the writer will read for the prepared article, on {@code st} (the snapshot's connection). */
  static Snapshot read(Statements st, MergeOptions options, ArticleWriter.Prepared p, Set<String> seen)
      throws SQLException {
    ArticleRows.Known byHash = null;
    ArticleRows.Known byUrl = null;
    PreparedStatement ps = st.prepare("SELECT id, input_id, input_hash, canonical_url FROM articles "
        + "WHERE input_hash = ? OR canonical_url = ? ORDER BY id");
    Sql.bind(ps, p.in().inputHash(), p.canonical());
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (rs.getString(3).equals(p.in().inputHash())) {
          byHash = new ArticleRows.Known(rs.getLong(1), rs.getString(2), rs.getString(3), "same-content");
        } else {
          byUrl = new ArticleRows.Known(rs.getLong(1), rs.getString(2), rs.getString(3), "same-url");
        }
      }
    }
    List<List<List<SqlRoutes.Hit>>> routes = new ArrayList<>();
    Set<Long> found = new LinkedHashSet<>();
    Set<String> words = new LinkedHashSet<>();
    for (int k = 0; k < p.features().size(); k++) {
      ReportFeatures f = p.features().get(k);
      List<List<SqlRoutes.Hit>> rows = new ArrayList<>();
      for (SqlRoutes.Route r : SqlRoutes.of(f, options)) {
        List<SqlRoutes.Hit> hits = SqlRoutes.run(st, r);
        rows.add(hits);
        for (SqlRoutes.Hit h : hits) {
          if (!CandidateFinder.veto(f, h.firmMin(), h.firmMax(), options)) {
            found.add(h.id()); // the writer's candidates, unless the transaction changed the incident
          }
        }
      }
      routes.add(rows);
      words.addAll(p.words().get(k));
    }
    Map<Long, List<ReportRows.Member>> members = new HashMap<>();
    if (!found.isEmpty()) {
      Map<Long, List<ReportRows.Member>> read = ReportRows.load(st, found);
      for (Long id : found) {
        List<ReportRows.Member> ms = List.copyOf(read.getOrDefault(id, List.of()));
        members.put(id, ms);
        for (ReportRows.Member m : ms) { // the scoring's IDF reads the members' words too
          addUnseen(words, m.features().terms(), seen);
          addUnseen(words, m.features().names(), seen);
          addUnseen(words, m.features().persons(), seen);
        }
      }
    }
    return new Snapshot(byHash, byUrl, routes, members, TermStats.read(st, words));
  }

  private static void addUnseen(Set<String> words, Set<String> terms, Set<String> seen) {
    if (seen.size() > SnapshotReader.MAX_SEEN) {
      seen.clear();
    }
    for (String t : terms) {
      if (seen.add(t)) {
        words.add(t);
      }
    }
  }
}
