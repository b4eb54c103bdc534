package org.vigil.eval.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Java port of {@code score.py geo}: toponym tagging precision/recall/F1 on exact spans, and for the tagged gold
 * toponyms with coordinates accuracy within 161 km, median error and AUC; {@code acc_at_161km_all} counts every gold
 * toponym with coordinates. Stateless and thread-safe.
 */
public final class GeoScorer {
  private static final double MAX_KM = 20039.0;

  private GeoScorer() {}

  /** The scores; the geocoding fields are null when no tagged gold toponym has coordinates. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Scores(@JsonProperty("toponyms") long toponyms,
      @JsonProperty("tag_precision") double tagPrecision,
      @JsonProperty("tag_recall") double tagRecall,
      @JsonProperty("tag_f1") double tagF1,
      @JsonProperty("geocoded") Long geocoded,
      @JsonProperty("acc_at_161km") Double accAt161km,
      @JsonProperty("acc_at_161km_all") Double accAt161kmAll,
      @JsonProperty("median_error_km") Double medianErrorKm,
      @JsonProperty("auc") Double auc) {}

  /**
   * @param goldLines lines {@code {id, toponyms: [{start, end, lat, lon}]}}
   * @param predictions lines {@code {id, toponyms: [{start, end, name, lat, lon}]}}
   */
  public static Scores score(List<JsonNode> goldLines, List<JsonNode> predictions) {
    Map<String, JsonNode> pred = new HashMap<>();
    for (JsonNode r : predictions) {
      pred.put(PyValues.key(r.get("id")), r.get("toponyms"));
    }
    long tp = 0;
    long npred = 0;
    long ngold = 0;
    long ngeo = 0;
    List<Double> errs = new ArrayList<>();
    for (JsonNode g : goldLines) {
      Map<List<String>, JsonNode> ps = new HashMap<>();
      JsonNode list = pred.get(PyValues.key(g.get("id")));
      if (PyValues.truthy(list)) {
        for (JsonNode t : list) {
          ps.put(span(t), t);
        }
      }
      npred += ps.size();
      for (JsonNode t : g.get("toponyms")) {
        ngold++;
        boolean hasGeo = !PyValues.isNone(t.get("lat")) && !PyValues.isNone(t.get("lon"));
        if (hasGeo) {
          ngeo++;
        }
        JsonNode p = ps.get(span(t));
        if (p == null) {
          continue;
        }
        tp++;
        if (hasGeo) {
          if (PyValues.isNone(p.get("lat")) || PyValues.isNone(p.get("lon"))) {
            errs.add(MAX_KM);
          } else {
            errs.add(PyValues.km(PyValues.toDouble(t.get("lat")), PyValues.toDouble(t.get("lon")),
                PyValues.toDouble(p.get("lat")), PyValues.toDouble(p.get("lon"))));
          }
        }
      }
    }
    double prec = npred > 0 ? (double) tp / npred : 0.0;
    double rec = ngold > 0 ? (double) tp / ngold : 0.0;
    double f = prec + rec != 0 ? 2 * prec * rec / (prec + rec) : 0.0;
    if (errs.isEmpty()) {
      return new Scores(ngold, prec, rec, f, null, null, null, null, null);
    }
    long within = errs.stream().filter(e -> e <= 161).count();
    List<Double> logs = errs.stream().map(e -> Math.log(1 + e) / Math.log(MAX_KM)).toList();
    return new Scores(ngold, prec, rec, f, (long) errs.size(), (double) within / errs.size(), (double) within / ngeo,
        median(errs), PyValues.mean(logs));
  }

  private static List<String> span(JsonNode t) {
    return List.of(PyValues.key(t.get("start")), PyValues.key(t.get("end")));
  }

  /** {@code statistics.median}: the middle value, or the mean of the two middle values. */
  static double median(List<Double> values) {
    List<Double> s = new ArrayList<>(values);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
