package org.vigil.eval.score;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Java port of {@code score.py gtd}: per field exact-match accuracy against Global Terrorism Database rows (text
 * case-insensitive, numbers exact, a missing predicted number read as 0), coordinates within 25 km. A field is scored
 * only on rows where the gold value is known (not empty, not "Unknown", not negative). Stateless and thread-safe.
 */
public final class GtdScorer {
  /** The text fields scored, in the reference's order. */
  public static final List<String> TEXT_FIELDS = List.of("attacktype1_txt", "weaptype1_txt", "targtype1_txt",
      "country_txt", "city", "gname");
  /** The count fields scored. */
  public static final List<String> NUMBER_FIELDS = List.of("nkill", "nwound", "nhostkid");

  private GtdScorer() {}

  /** Accuracy per field; null where no gold row has the field. */
  public record Scores(@JsonProperty("events") long events,
      @JsonProperty("attacktype1_txt_acc") Double attacktype1TxtAcc,
      @JsonProperty("weaptype1_txt_acc") Double weaptype1TxtAcc,
      @JsonProperty("targtype1_txt_acc") Double targtype1TxtAcc,
      @JsonProperty("country_txt_acc") Double countryTxtAcc,
      @JsonProperty("city_acc") Double cityAcc,
      @JsonProperty("gname_acc") Double gnameAcc,
      @JsonProperty("nkill_acc") Double nkillAcc,
      @JsonProperty("nwound_acc") Double nwoundAcc,
      @JsonProperty("nhostkid_acc") Double nhostkidAcc,
      @JsonProperty("geo_acc") Double geoAcc) {}

  /**
   * @param goldLines GTD rows ({@code eventid} and the scored fields)
   * @param predictions prediction lines with the same field names
   */
  public static Scores score(List<JsonNode> goldLines, List<JsonNode> predictions) {
    Map<String, JsonNode> pred = new HashMap<>();
    for (JsonNode r : predictions) {
      pred.put(PyValues.str(r.get("eventid")), r);
    }
    IncidentScorer.Counter c = new IncidentScorer.Counter();
    for (JsonNode g : goldLines) {
      JsonNode p = pred.get(PyValues.str(g.get("eventid")));
      c.add("events", true);
      for (String k : TEXT_FIELDS) {
        JsonNode gv = g.get(k);
        if (!PyValues.isNone(gv) && !(gv.isTextual() && (gv.textValue().isEmpty()
            || gv.textValue().equals("Unknown")))) {
          c.add(k + "_n", true);
          JsonNode pv = p == null ? null : p.get(k);
          String ps = PyValues.truthy(pv) ? PyValues.str(pv) : "";
          c.add(k + "_ok", PyText.lower(PyText.strip(ps)).equals(PyText.lower(PyText.strip(PyValues.str(gv)))));
        }
      }
      for (String k : NUMBER_FIELDS) {
        BigInteger gv = PyValues.num(g.get(k));
        if (gv != null && gv.signum() >= 0) {
          c.add(k + "_n", true);
          JsonNode pv = p == null ? null : p.get(k);
          c.add(k + "_ok", gv.equals(PyValues.num(PyValues.isNone(pv) ? IntNode.valueOf(0) : pv)));
        }
      }
      if (present(g.get("latitude")) && present(g.get("longitude"))) {
        c.add("geo_n", true);
        if (p != null && !PyValues.isNone(p.get("latitude")) && !PyValues.isNone(p.get("longitude"))) {
          c.add("geo_ok", PyValues.km(PyValues.toDouble(g.get("latitude")), PyValues.toDouble(g.get("longitude")),
              PyValues.toDouble(p.get("latitude")), PyValues.toDouble(p.get("longitude"))) <= 25);
        }
      }
    }
    return new Scores(c.get("events"), c.acc("attacktype1_txt"), c.acc("weaptype1_txt"), c.acc("targtype1_txt"),
        c.acc("country_txt"), c.acc("city"), c.acc("gname"), c.acc("nkill"), c.acc("nwound"), c.acc("nhostkid"),
        c.acc("geo"));
  }

  private static boolean present(JsonNode v) {
    return !PyValues.isNone(v) && !(v.isTextual() && v.textValue().isEmpty());
  }
}
