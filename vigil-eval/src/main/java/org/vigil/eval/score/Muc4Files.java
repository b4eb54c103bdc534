package org.vigil.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading MUC-4 gold lines and prediction files into the scorers' inputs, keyed by {@link Muc4Text#numericId}, as
 * {@code score_muc4.py}'s main does; and the GRIT role-filler form of template predictions.
 */
public final class Muc4Files {
  private Muc4Files() {}

  /** {@code load_gold}: every gold line's templates by numeric id. */
  public static Map<String, List<Muc4Template>> gold(List<JsonNode> lines) {
    Map<String, List<Muc4Template>> gold = new LinkedHashMap<>();
    for (JsonNode r : lines) {
      gold.put(Muc4Text.numericId(r.get("id").asText()), Muc4Scorer.goldTemplates(r));
    }
    return gold;
  }

  /** Template predictions {@code {docid: [template, ...]}} by numeric id. */
  public static Map<String, List<Muc4Template>> templatePredictions(JsonNode file) {
    Map<String, List<Muc4Template>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      List<Muc4Template> ts = new ArrayList<>();
      for (JsonNode t : e.getValue()) {
        ts.add(Muc4Scorer.predictedTemplate(t));
      }
      out.put(Muc4Text.numericId(e.getKey()), ts);
    }
    return out;
  }

  /** Role-filler predictions {@code {docid: {PerpInd: [[m..]..], ...}}} by numeric id. */
  public static Map<String, List<List<List<String>>>> roleFillerPredictions(JsonNode file) {
    Map<String, List<List<List<String>>>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(Muc4Text.numericId(e.getKey()), Muc4Scorer.ceafPrediction(e.getValue()));
    }
    return out;
  }

  /**
   * The GRIT form of a template prediction file: per document and role, the union of the templates' entities (an
   * entity listed once however many templates name it; compared after normalisation, written as given).
   */
  public static ObjectNode roleFillersOf(JsonNode templateFile) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = templateFile.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      ObjectNode doc = out.putObject(e.getKey());
      for (Muc4Role r : Muc4Role.values()) {
        List<List<String>> seen = new ArrayList<>();
        var arr = doc.putArray(r.key());
        for (JsonNode t : e.getValue()) {
          JsonNode ents = t.get(r.key());
          if (ents == null) {
            continue;
          }
          for (JsonNode ent : ents) {
            List<List<String>> normalised = Muc4Text.entities(JsonNodeFactory.instance.arrayNode().add(ent));
            if (normalised.isEmpty() || seen.contains(normalised.get(0))) {
              continue;
            }
            seen.add(normalised.get(0));
            arr.add(ent);
          }
        }
      }
    }
    return out;
  }
}
