package org.vigil.store.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.vigil.model.Extraction;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;
import org.vigil.pipeline.clean.Cleaner;
import org.vigil.pipeline.clean.CleanerOptions;
import org.vigil.store.ArticleInput;
import org.vigil.store.IncidentStore;
import org.vigil.store.StoreResult;
import org.vigil.ingest.Hashes;

/**
 * Measures the merge on a benchmark: stores the extractions of {@code vigil extract --batch} (one outcome line per
 * article, made beforehand so CoreNLP runs once) in article order, then writes the GVA prediction lines
 * ({@code doc_id, incident_key, incident}) that {@code score.py gva} and {@code score.py cases} read. Only the
 * article's own fields are read (id, text, url, title, publication date): never its gold incident.
 */
public final class MergeEval {
  private final ObjectMapper mapper = IncidentStore.mapper();
  private final Cleaner cleaner = new Cleaner(CleanerOptions.defaults());

  /**
   * @param articles the benchmark's articles (JSON lines, plain or gzip)
   * @param extractions outcome lines of {@code vigil extract --batch} over the same articles
   * @param store an empty store
   * @param merged true: the merged incident's values; false: the article's own report
   * @param out where prediction lines go
   * @return articles stored, and incidents they merged into
   */
  public int[] run(Path articles, Path extractions, IncidentStore store, boolean merged, PrintWriter out)
      throws IOException, SQLException {
    Map<String, JsonNode> outcomes = new HashMap<>();
    try (BufferedReader r = open(extractions)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = mapper.readTree(line);
          outcomes.put(n.get("id").asText(), n);
        }
      }
    }
    Map<String, Long> articleOf = new LinkedHashMap<>();
    int stored = 0;
    try (BufferedReader r = open(articles)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = mapper.readTree(line);
        String id = a.path("doc_id").asText(a.path("id").asText());
        String text = a.path("text").asText("");
        LocalDate published = a.hasNonNull("dct") ? LocalDate.parse(a.get("dct").asText().substring(0, 10)) : null;
        String url = a.hasNonNull("url") ? a.get("url").asText() : null;
        String title = a.hasNonNull("title") ? a.get("title").asText() : null;
        RawDocument doc = RawDocument.ofText(id, text, "text/plain", url, title, published);
        Outcome o = outcome(id, outcomes.get(id));
        String clean = cleanText(doc, o);
        StoreResult res = store.store(new ArticleInput(id, Hashes.sha256(doc.bytes()), url, title, published, o,
            clean));
        articleOf.put(id, res.articleId());
        stored++;
      }
    }
    int incidents = 0;
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT COUNT(*) FROM incidents");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      incidents = rs.getInt(1);
    }
    for (Map.Entry<String, Long> e : articleOf.entrySet()) {
      out.println(mapper.writeValueAsString(prediction(store.connection(), e.getKey(), e.getValue(), merged)));
    }
    store.connection().rollback();
    out.flush();
    return new int[] {stored, incidents};
  }

  private Outcome outcome(String id, JsonNode line) throws IOException {
    if (line == null) {
      return new Outcome.Rejected(id, Stage.EXTRACT, "missing", "no extraction for this article", null);
    }
    String kind = line.path("outcome").asText();
    if (kind.equals("extracted")) {
      return new Outcome.Extracted(id, mapper.treeToValue(line.get("extraction"), Extraction.class));
    }
    Stage stage = Stage.valueOf(line.path("stage").asText("extract").toUpperCase(Locale.ROOT));
    String reason = line.path("reason").asText("unknown");
    return kind.equals("skipped") ? new Outcome.Skipped(id, stage, reason, line.path("message").asText(null))
        : new Outcome.Rejected(id, stage, reason, line.path("message").asText(null), null);
  }

  /** The cleaned text, when the cleaner still makes the text the extraction's spans refer to; else null. */
  private String cleanText(RawDocument doc, Outcome o) {
    if (!(o instanceof Outcome.Extracted e)) {
      return null;
    }
    try {
      String t = cleaner.clean(doc).text();
      return t.length() == e.extraction().article().textLength() ? t : null;
    } catch (Exception ex) {
      return null;
    }
  }

  private ObjectNode prediction(Connection c, String docId, long articleId, boolean merged) throws SQLException {
    ObjectNode p = mapper.createObjectNode();
    p.put("doc_id", docId);
    String sql = merged
        ? "SELECT i.id AS key, i.date_start, i.place, i.admin1, i.lat, i.lon, i.killed, i.injured FROM reports r "
            + "JOIN incidents i ON i.id = r.incident_id WHERE r.article_id = ? AND r.status = 'main'"
        : "SELECT r.incident_id AS key, r.date_start, r.place, r.admin1, r.lat, r.lon, "
            + "(SELECT best FROM report_figures f WHERE f.report_id = r.id AND f.kind = 'killed') AS killed, "
            + "(SELECT best FROM report_figures f WHERE f.report_id = r.id AND f.kind = 'injured') AS injured "
            + "FROM reports r WHERE r.article_id = ? AND r.status = 'main'";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          p.putNull("incident_key");
          p.putNull("incident");
          return p;
        }
        p.put("incident_key", "I" + rs.getLong("key"));
        ObjectNode i = p.putObject("incident");
        i.put("date", rs.getString("date_start"));
        i.put("city", rs.getString("place"));
        i.put("state", rs.getString("admin1"));
        putNumber(i, "lat", rs.getObject("lat"));
        putNumber(i, "lon", rs.getObject("lon"));
        putNumber(i, "killed", rs.getObject("killed"));
        putNumber(i, "injured", rs.getObject("injured"));
      }
    }
    return p;
  }

  private static void putNumber(ObjectNode o, String field, Object v) {
    if (v == null) {
      o.putNull(field);
    } else if (v instanceof Number n && (n instanceof Double || n instanceof Float)) {
      o.put(field, n.doubleValue());
    } else {
      o.put(field, ((Number) v).longValue());
    }
  }

  private static BufferedReader open(Path p) throws IOException {
    InputStream in = new java.io.BufferedInputStream(Files.newInputStream(p), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
