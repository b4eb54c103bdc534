package org.vigil.eval.gva;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.eval.data.DataFile;
import org.vigil.eval.run.EvalJson;
import org.vigil.eval.run.Extractions;
import org.vigil.model.Outcome;
import org.vigil.model.Stage;
import org.vigil.store.IncidentStore;

/**
 * Measures the merge on a benchmark: stores the extractions of {@code vigil extract --batch} (one outcome line per
 * article, made beforehand so CoreNLP runs once) in article order, then writes the GVA prediction lines
 * ({@code doc_id, incident_key, incident}) that {@code score.py gva} and {@code score.py cases} read, through
 * {@link StoreEval} (the same lines {@code vigil eval gva --store} writes). Only the article's own fields are read
 * ({@link NewsArticle}): never its gold incident.
 */
public final class MergeEval {
  /**
   * @param articles the benchmark's articles (JSON lines, plain or gzip)
   * @param extractions outcome lines of {@code vigil extract --batch} over the same articles
   * @param store the store (articles it holds already are not stored again)
   * @param merged true: the merged incident's values; false: the article's own main incident
   * @param out where prediction lines go
   * @return articles read, and incidents in the store
   */
  public int[] run(Path articles, Path extractions, IncidentStore store, boolean merged, PrintWriter out)
      throws IOException, SQLException {
    Map<String, Outcome> outcomes = Extractions.read(extractions);
    StoreEval eval = new StoreEval(store);
    List<NewsArticle> news = new ArrayList<>();
    DataFile.of(articles.toString()).forEachLine(l -> news.add(NewsArticle.of(l)), Integer.MAX_VALUE);
    for (NewsArticle a : news) {
      if (eval.articleId(a.id()) == null) {
        eval.store(a, outcome(a.id(), outcomes));
      }
    }
    List<Outcome> read = new ArrayList<>();
    List<GvaPrediction> predictions = new ArrayList<>();
    for (NewsArticle a : news) {
      read.add(outcome(a.id(), outcomes));
      predictions.add(eval.prediction(a, eval.articleId(a.id()), merged, true));
    }
    // the screen's pointer to a first copy is in the extraction line, not in the store (as in vigil eval gva)
    StoreEval.copiesTakeTheirFirstCopy(news, read, predictions);
    for (GvaPrediction p : predictions) {
      out.println(EvalJson.mapper().writeValueAsString(p));
    }
    out.flush();
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT COUNT(*) FROM incidents");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new int[] {news.size(), rs.getInt(1)};
    } finally {
      store.connection().rollback();
    }
  }

  private static Outcome outcome(String id, Map<String, Outcome> outcomes) {
    Outcome o = outcomes.get(id);
    return o != null ? o : new Outcome.Rejected(id, Stage.EXTRACT, "missing", "no extraction for this article", null);
  }
}
