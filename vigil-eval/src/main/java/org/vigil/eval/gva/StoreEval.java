package org.vigil.eval.gva;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.model.Extraction;
import org.vigil.model.Incident;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.model.Stage;
import org.vigil.pipeline.annotate.Headline;
import org.vigil.pipeline.clean.Cleaner;
import org.vigil.pipeline.clean.CleanerOptions;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.ArticleInput;
import org.vigil.store.IncidentStore;
import org.vigil.ingest.Hashes;

/**
 * The GVA / cases predictions of articles that went through the incident store ({@code vigil run}, or
 * {@code vigil eval gva --store}, or {@code vigil merge-eval}): {@code incident_key} is the id of the merged incident
 * the article's main report joined, {@code incident} what the article itself reported, mapped by {@link GvaMapper}
 * (the reconciled figures stay in the store). Articles are found by their input id (the line's {@code doc_id}).
 * Not thread-safe (one store connection).
 */
public final class StoreEval {
  private final IncidentStore store;
  private final ObjectMapper mapper = IncidentStore.mapper();
  private final Cleaner cleaner = new Cleaner(CleanerOptions.defaults());

  public StoreEval(IncidentStore store) {
    this.store = store;
  }

  /**
   * The stored article of this input id (or the article an input with this id was recorded as a duplicate of), or
   * null when the store has not seen it.
   */
  public Long articleId(String docId) throws SQLException {
    try {
      Long id = firstLong("SELECT id FROM articles WHERE input_id = ? ORDER BY id", docId);
      return id != null ? id : firstLong("SELECT article_id FROM duplicates WHERE input_id = ? ORDER BY article_id",
          docId);
    } finally {
      store.connection().rollback();
    }
  }

  /** The outcome stored for an article, as the pipeline gave it. */
  public Outcome outcome(String docId, long articleId) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT outcome, stage, reason, message, input_hash, extraction, duplicate_of FROM articles WHERE id = ?")) {
      ps.setLong(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no article " + articleId);
        }
        String kind = rs.getString(1);
        if (kind.equals("extracted")) {
          return new Outcome.Extracted(docId, mapper.readValue(rs.getString(6), Extraction.class));
        }
        Stage stage = Stage.valueOf(rs.getString(2).toUpperCase(Locale.ROOT));
        return kind.equals("skipped")
            ? new Outcome.Skipped(docId, stage, rs.getString(3), rs.getString(4), rs.getString(7))
            : new Outcome.Rejected(docId, stage, rs.getString(3), rs.getString(4), rs.getString(5));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("stored extraction of article " + articleId + ": " + e.getMessage(), e);
      }
    } finally {
      store.connection().rollback();
    }
  }

  /**
   * Stores an article's outcome (one transaction: merge included). The text handed to the merge is the cleaned
   * text the extraction's spans refer to, as {@code vigil run} does.
   */
  public void store(NewsArticle a, Outcome o) throws SQLException {
    store(a, o, ArticleInput.voteOf(o));
  }

  /**
   * As above, with the page's outlet vote read from its extraction without learned homes ({@link ArticleInput}),
   * or null.
   */
  public void store(NewsArticle a, Outcome o, OutletHomes.Vote vote)
      throws SQLException {
    RawDocument doc = a.document();
    store.store(new ArticleInput(a.id(), Hashes.document(doc), a.url(), a.title(), a.dct(), o,
        cleanText(doc, o), vote));
  }

  /**
   * The cleaned text with the headline before it, when the cleaner still makes the text the extraction's spans
   * refer to; else null.
   */
  private String cleanText(RawDocument doc, Outcome o) {
    if (!(o instanceof Outcome.Extracted e)) {
      return null;
    }
    try {
      // the pipeline reads the headline as the text's first paragraph, and its spans count it
      String t = Headline.prepend(cleaner.clean(doc)).text();
      return t.length() == e.extraction().article().textLength() ? t : null;
    } catch (RuntimeException | RejectedException ex) {
      return null;
    }
  }

  /**
   * The prediction line of a stored article.
   *
   * @param a the article
   * @param articleId its stored article ({@link #articleId})
   * @param merged false: the article's own main incident (what the evaluation scores); true: the merged
   *     incident's date and place (those of the reports they come from) and its reconciled figures
   * @param unstatedIsZero a count not stated is 0
   */
  public GvaPrediction prediction(NewsArticle a, long articleId, boolean merged, boolean unstatedIsZero)
      throws SQLException {
    try {
      Outcome o = outcome(a.id(), articleId);
      Incident main = o instanceof Outcome.Extracted e ? e.extraction().main() : null;
      Long key = firstLong("SELECT incident_id FROM reports WHERE article_id = ? AND status = 'main' "
          + "ORDER BY ordinal", articleId);
      if (main == null || key == null) {
        return new GvaPrediction(a.docId(), key == null ? null : "I" + key, main == null ? null
            : GvaMapper.incident(main, unstatedIsZero));
      }
      GvaPrediction.GvaIncident inc = merged ? mergedIncident(key, unstatedIsZero)
          : GvaMapper.incident(main, unstatedIsZero);
      return new GvaPrediction(a.docId(), "I" + key, inc);
    } finally {
      store.connection().rollback();
    }
  }

  /**
   * A copy of a story read before reports what its first copy reports and is the same incident: replaces the
   * prediction of every article the screen skipped as a copy ({@link Outcome.Skipped#duplicateOf()}) by its first
   * copy's key and incident, in place.
   *
   * @param news the articles, in the order they were read
   * @param outcomes their outcomes, same order
   * @param predictions their predictions, same order; changed in place
   */
  public static void copiesTakeTheirFirstCopy(List<NewsArticle> news, List<Outcome> outcomes,
      List<GvaPrediction> predictions) {
    Map<String, GvaPrediction> byId = new HashMap<>();
    for (int i = 0; i < news.size(); i++) {
      if (outcomes.get(i) instanceof Outcome.Skipped s && s.duplicateOf() != null
          && byId.containsKey(s.duplicateOf())) {
        GvaPrediction first = byId.get(s.duplicateOf());
        predictions.set(i, new GvaPrediction(news.get(i).docId(), first.incidentKey(), first.incident()));
      }
      byId.put(news.get(i).id(), predictions.get(i));
    }
  }

  private GvaPrediction.GvaIncident mergedIncident(long incidentId, boolean unstatedIsZero) throws SQLException {
    Long dateReport = firstLong("SELECT date_report_id FROM incidents WHERE id = ?", incidentId);
    Long placeReport = firstLong("SELECT place_report_id FROM incidents WHERE id = ?", incidentId);
    Incident d = dateReport == null ? null : report(dateReport);
    Incident p = placeReport == null ? null : report(placeReport);
    return GvaMapper.incident(d == null ? null : d.time(), p == null ? null : p.place(),
        figure(incidentId, "killed"), figure(incidentId, "perpetrators_killed"), figure(incidentId, "injured"),
        unstatedIsZero);
  }

  private Incident report(long reportId) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT incident FROM reports WHERE id = ?")) {
      ps.setLong(1, reportId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? mapper.readValue(rs.getString(1), Incident.class) : null;
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("stored report " + reportId + ": " + e.getMessage(), e);
      }
    }
  }

  private Integer figure(long incidentId, String kind) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT best FROM incident_figures WHERE incident_id = ? AND kind = ?")) {
      ps.setLong(1, incidentId);
      ps.setString(2, kind);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : null;
      }
    }
  }

  private Long firstLong(String sql, Object arg) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setObject(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        long v = rs.getLong(1);
        return rs.wasNull() ? null : v;
      }
    }
  }
}
