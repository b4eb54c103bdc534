package org.vigil.eval.score;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java port of the incident-level scorers of {@code shared/eval/score.py}: {@code gva} (each article's main incident
 * against the gold incident of that article, and de-duplication) and {@code cases} (each article against what it
 * itself reports). Stateless and thread-safe.
 */
public final class IncidentScorer {
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final Pattern ISO = Pattern.compile("(\\p{Nd}{4})-(\\p{Nd}{2})-(\\p{Nd}{2})");
  private static final Pattern WRITTEN = Pattern.compile(
      "([A-Za-z]+)" + PyText.SPACE_CLASS + "+(\\p{Nd}{1,2})," + PyText.SPACE_CLASS + "*(\\p{Nd}{4})");
  private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]");

  private IncidentScorer() {}

  /** {@code score.py gva}; a field whose gold is never given is null. */
  public record GvaScores(@JsonProperty("articles") long articles,
      @JsonProperty("with_incident") long withIncident,
      @JsonProperty("killed_acc") Double killedAcc,
      @JsonProperty("injured_acc") Double injuredAcc,
      @JsonProperty("date_acc") Double dateAcc,
      @JsonProperty("city_acc") Double cityAcc,
      @JsonProperty("geo_acc") Double geoAcc,
      @JsonProperty("dedup_pairwise_p") double dedupPairwiseP,
      @JsonProperty("dedup_pairwise_r") double dedupPairwiseR,
      @JsonProperty("dedup_pairwise_f1") double dedupPairwiseF1,
      @JsonProperty("dedup_bcubed_f1") double dedupBcubedF1) {}

  /** {@code score.py cases}; a field no article has gold for is null. */
  public record CasesScores(@JsonProperty("articles") long articles,
      @JsonProperty("predicted") long predicted,
      @JsonProperty("killed_acc") Double killedAcc,
      @JsonProperty("date_acc") Double dateAcc,
      @JsonProperty("city_acc") Double cityAcc,
      @JsonProperty("geo_acc") Double geoAcc,
      @JsonProperty("dedup_pairwise_f1") double dedupPairwiseF1,
      @JsonProperty("dedup_bcubed_f1") double dedupBcubedF1,
      @JsonProperty("clusters_joining_incidents") long clustersJoiningIncidents) {}

  /**
   * @param articles gold article lines ({@code doc_id}, {@code incident_id})
   * @param incidents gold incident lines ({@code incident_id}, {@code date}, {@code city_or_county},
   *     {@code num_killed}, {@code num_injured}, {@code lat}, {@code lon})
   * @param predictions prediction lines ({@code doc_id}, {@code incident_key}, {@code incident})
   */
  public static GvaScores gva(List<JsonNode> articles, List<JsonNode> incidents, List<JsonNode> predictions) {
    Map<String, JsonNode> goldInc = new HashMap<>();
    for (JsonNode r : incidents) {
      goldInc.put(PyValues.key(r.get("incident_id")), r);
    }
    Map<String, String> art = new LinkedHashMap<>();
    for (JsonNode r : articles) {
      art.put(PyValues.key(r.get("doc_id")), PyValues.key(r.get("incident_id")));
    }
    Map<String, JsonNode> pred = new HashMap<>();
    for (JsonNode r : predictions) {
      pred.put(PyValues.key(r.get("doc_id")), r);
    }
    Counter c = new Counter();
    for (Map.Entry<String, String> e : art.entrySet()) {
      JsonNode g = goldInc.get(e.getValue());
      JsonNode p = incidentOf(pred.get(e.getKey()));
      c.add("articles", true);
      c.add("with_incident", p != null);
      for (String[] k : new String[][] {{"killed", "num_killed"}, {"injured", "num_injured"}}) {
        BigInteger gv = PyValues.num(field(g, k[1]));
        if (gv != null) {
          c.add(k[0] + "_n", true);
          c.add(k[0] + "_ok", gv.equals(PyValues.num(field(p, k[0]))));
        }
      }
      String gdate = isoDate(field(g, "date"));
      if (gdate != null) {
        c.add("date_n", true);
        c.add("date_ok", slice10(textOr(field(p, "date"), "")).equals(gdate));
      }
      JsonNode gcity = field(g, "city_or_county");
      if (PyValues.truthy(gcity)) {
        c.add("city_n", true);
        c.add("city_ok", PyText.lower(PyText.strip(textOr(field(p, "city"), "")))
            .equals(PyText.lower(PyText.strip(gcity.asText()))));
      }
      if (present(field(g, "lat")) && present(field(g, "lon"))) {
        c.add("geo_n", true);
        if (!PyValues.isNone(field(p, "lat")) && !PyValues.isNone(field(p, "lon"))) {
          c.add("geo_ok", within25km(g.get("lat"), g.get("lon"), p.get("lat"), p.get("lon")));
        }
      }
    }
    List<String> docs = new ArrayList<>(art.keySet());
    Map<String, String> predKey = new HashMap<>();
    for (String d : docs) {
      JsonNode r = pred.get(d);
      JsonNode key = r == null ? null : r.get("incident_key");
      predKey.put(d, PyValues.isNone(key) ? "single\u0000" + d : PyValues.key(key));
    }
    Clusters.Pairs pairs = Clusters.pairs(docs, art, predKey);
    double p = pairs.predicted() > 0 ? (double) pairs.both() / pairs.predicted() : 1.0;
    double r = pairs.gold() > 0 ? (double) pairs.both() / pairs.gold() : 1.0;
    double[][] terms = Clusters.bcubedTerms(docs, art, predKey);
    List<Double> bps = new ArrayList<>();
    List<Double> brs = new ArrayList<>();
    for (double[] t : terms) {
      bps.add(t[0]);
      brs.add(t[1]);
    }
    double bp = PyValues.mean(bps);
    double br = PyValues.mean(brs);
    return new GvaScores(c.get("articles"), c.get("with_incident"), c.acc("killed"), c.acc("injured"), c.acc("date"),
        c.acc("city"), c.acc("geo"), p, r, p + r != 0 ? 2 * p * r / (p + r) : 0.0,
        bp + br != 0 ? 2 * bp * br / (bp + br) : 0.0);
  }

  /**
   * @param articles gold article lines ({@code doc_id}, {@code incident_id}, {@code gold})
   * @param incidents one line per attack ({@code incident_id}, {@code lat}, {@code lon})
   * @param predictions prediction lines as for {@link #gva}
   */
  public static CasesScores cases(List<JsonNode> articles, List<JsonNode> incidents, List<JsonNode> predictions) {
    Map<String, double[]> site = new HashMap<>();
    for (JsonNode i : incidents) {
      site.put(PyValues.key(i.get("incident_id")),
          new double[] {PyValues.toDouble(i.get("lat")), PyValues.toDouble(i.get("lon"))});
    }
    Map<String, JsonNode> pred = new HashMap<>();
    for (JsonNode r : predictions) {
      pred.put(PyValues.str(r.get("doc_id")), r);
    }
    Counter c = new Counter();
    for (JsonNode a : articles) {
      JsonNode g = a.get("gold");
      JsonNode p = incidentOf(pred.get(PyValues.str(a.get("doc_id"))));
      JsonNode killedOk = g.get("killed_ok");
      if (PyValues.truthy(killedOk)) {
        c.add("killed_n", true);
        BigInteger pk = PyValues.num(field(p, "killed"));
        boolean ok = false;
        for (JsonNode k : killedOk) {
          ok |= Objects.equals(pk, PyValues.num(k));
        }
        c.add("killed_ok", ok);
      }
      JsonNode dateOk = g.get("date_ok");
      if (PyValues.truthy(dateOk)) {
        c.add("date_n", true);
        JsonNode pd = field(p, "date");
        String d = slice10(PyValues.truthy(pd) ? PyValues.str(pd) : "");
        c.add("date_ok", contains(dateOk, d));
      }
      Set<String> cities = new HashSet<>();
      JsonNode cityOk = g.get("city_ok");
      Iterable<JsonNode> cityList =
          PyValues.truthy(cityOk) ? cityOk : java.util.Collections.singletonList(g.get("city"));
      for (JsonNode x : cityList) {
        if (PyValues.truthy(x)) {
          cities.add(squash(x));
        }
      }
      if (!cities.isEmpty()) {
        c.add("city_n", true);
        c.add("city_ok", cities.contains(squash(field(p, "city"))));
      }
      c.add("geo_n", true);
      if (!PyValues.isNone(field(p, "lat")) && !PyValues.isNone(field(p, "lon"))) {
        double[] s = site.get(PyValues.key(a.get("incident_id")));
        if (s == null) {
          throw new IllegalArgumentException("no incident line for incident_id " + a.get("incident_id"));
        }
        c.add("geo_ok", PyValues.km(s[0], s[1], PyValues.toDouble(p.get("lat")), PyValues.toDouble(p.get("lon")))
            <= 25);
      }
    }
    Map<String, String> gold = new LinkedHashMap<>();
    for (JsonNode a : articles) {
      gold.put(PyValues.str(a.get("doc_id")), PyValues.key(a.get("incident_id")));
    }
    List<String> docs = new ArrayList<>(gold.keySet());
    Map<String, String> key = new HashMap<>();
    for (String d : docs) {
      JsonNode r = pred.get(d);
      JsonNode k = r == null ? null : r.get("incident_key");
      key.put(d, PyValues.key(PyValues.truthy(k) ? k : TextNode.valueOf("\u0000" + d)));
    }
    Clusters.Pairs pairs = Clusters.pairs(docs, gold, key);
    double p = pairs.predicted() > 0 ? (double) pairs.both() / pairs.predicted() : 0.0;
    double r = pairs.gold() > 0 ? (double) pairs.both() / pairs.gold() : 0.0;
    double bpSum = 0;
    double brSum = 0;
    for (double[] t : Clusters.bcubedTerms(docs, gold, key)) {
      bpSum += t[0];
      brSum += t[1];
    }
    double bp = bpSum / docs.size();
    double br = brSum / docs.size();
    Map<String, Set<String>> incidentsPerCluster = new HashMap<>();
    for (String d : docs) {
      incidentsPerCluster.computeIfAbsent(key.get(d), x -> new HashSet<>()).add(gold.get(d));
    }
    long joining = incidentsPerCluster.values().stream().filter(s -> s.size() > 1).count();
    long predicted = docs.stream().filter(pred::containsKey).count();
    return new CasesScores(articles.size(), predicted, c.acc("killed"), c.acc("date"), c.acc("city"), c.acc("geo"),
        p + r != 0 ? 2 * p * r / (p + r) : 0.0, bp + br != 0 ? 2 * bp * br / (bp + br) : 0.0, joining);
  }

  /** {@code iso_date}: "January 27, 2014" or "2014-01-27…" → "2014-01-27"; anything else → null. */
  public static String isoDate(JsonNode v) {
    if (!PyValues.truthy(v)) {
      return null;
    }
    String s = v.asText();
    Matcher m = ISO.matcher(s);
    if (m.lookingAt()) {
      return m.group(0);
    }
    m = WRITTEN.matcher(PyText.strip(s));
    if (m.lookingAt()) {
      int month = MONTHS.indexOf(PyText.lower(m.group(1))) + 1;
      if (month > 0) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", Integer.parseInt(m.group(3)), month,
            Integer.parseInt(m.group(2)));
      }
    }
    return null;
  }

  /** {@code (pred.get(doc) or {}).get('incident') or {}}; null for an empty or missing incident. */
  private static JsonNode incidentOf(JsonNode predLine) {
    JsonNode inc = predLine == null ? null : predLine.get("incident");
    return PyValues.truthy(inc) ? inc : null;
  }

  private static JsonNode field(JsonNode obj, String name) {
    return obj == null ? null : obj.get(name);
  }

  private static boolean present(JsonNode v) {
    return !PyValues.isNone(v) && !(v.isTextual() && v.textValue().isEmpty());
  }

  private static String textOr(JsonNode v, String otherwise) {
    return PyValues.truthy(v) ? (v.isTextual() ? v.textValue() : PyValues.str(v)) : otherwise;
  }

  private static String slice10(String s) {
    return s.codePointCount(0, s.length()) <= 10 ? s : s.substring(0, s.offsetByCodePoints(0, 10));
  }

  private static boolean contains(JsonNode container, String value) {
    if (container.isTextual()) {
      return container.textValue().contains(value);
    }
    for (JsonNode x : container) {
      if (x.isTextual() && x.textValue().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static String squash(JsonNode x) {
    String s = PyValues.truthy(x) ? PyValues.str(x) : "";
    return NOT_A_TO_Z.matcher(PyText.lower(s)).replaceAll("");
  }

  private static boolean within25km(JsonNode glat, JsonNode glon, JsonNode plat, JsonNode plon) {
    return PyValues.km(PyValues.toDouble(glat), PyValues.toDouble(glon), PyValues.toDouble(plat),
        PyValues.toDouble(plon)) <= 25;
  }

  /** Python's {@code collections.Counter} for the scorers' tallies. */
  static final class Counter {
    private final Map<String, Long> counts = new HashMap<>();

    void add(String key, boolean hit) {
      counts.merge(key, hit ? 1L : 0L, Long::sum);
    }

    long get(String key) {
      return counts.getOrDefault(key, 0L);
    }

    /** {@code c[k + '_ok'] / c[k + '_n'] if c[k + '_n'] else None}. */
    Double acc(String k) {
      return PyValues.ratio(get(k + "_ok"), get(k + "_n"));
    }
  }
}
