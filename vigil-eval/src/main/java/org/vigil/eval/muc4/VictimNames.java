package org.vigil.eval.muc4;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.eval.score.Muc4Role;
import org.vigil.eval.score.Muc4Scorer;
import org.vigil.eval.score.Muc4Text;

/**
 * The words that begin the victims' names of MUC-4 training keys (given names: "luis", "jose", "oscar"…), learned
 * from their multi-word Victim mentions: for each first word, in how many training documents it begins one. A victim
 * filler whose name the pipeline cut short ("arnulfo romero", "castro roman") is given the word before it in the body
 * when that word began names in at least {@value #MIN_DOCS} training documents ({@link #extend}: "oscar arnulfo
 * romero", "luis castro roman"), as the keys give the full name. Built by {@code vigil train muc4}; immutable and
 * thread-safe.
 */
public final class VictimNames {
  /** Training documents a first word must begin a victim's name in. */
  public static final int MIN_DOCS = 3;
  /** The bundled model, trained on {@code muc4_train.jsonl.gz}. */
  public static final String RESOURCE = "victim-names.tsv.gz";

  private final Map<String, Integer> docs;

  /** A model of {@code first word → training documents in which it begins a victim's name}. */
  public VictimNames(Map<String, Integer> docs) {
    this.docs = Map.copyOf(docs);
  }

  /** An empty model: {@link #extend} changes nothing. */
  public static VictimNames empty() {
    return new VictimNames(Map.of());
  }

  /** The bundled model. */
  public static VictimNames bundled() {
    return of(ModelFile.bundled(RESOURCE));
  }

  /** Reads a model file (gzip TSV: word, documents; lines starting with # are comments). */
  public static VictimNames read(Path file) throws IOException {
    return of(ModelFile.read(file));
  }

  private static VictimNames of(List<String[]> rows) {
    Map<String, Integer> m = new HashMap<>();
    rows.forEach(f -> m.put(f[0], Integer.parseInt(f[1])));
    return new VictimNames(m);
  }

  /** Counts the first words of the multi-word Victim mentions of MUC-4 training lines, once per document. */
  public static VictimNames train(Iterable<JsonNode> lines) {
    Map<String, Integer> m = new HashMap<>();
    for (JsonNode line : lines) {
      Set<String> first = new LinkedHashSet<>();
      for (List<String> entity : Muc4Scorer.goldRoleFillers(line).get(Muc4Role.VICTIM.ordinal())) {
        for (String mention : entity) {
          String[] w = mention.split(" ");
          if (w.length >= 2) {
            first.add(w[0]);
          }
        }
      }
      first.forEach(w -> m.merge(w, 1, Integer::sum));
    }
    return new VictimNames(m);
  }

  /** Writes the model as gzip TSV, words sorted, after one comment line. */
  public void write(OutputStream out, String comment) throws IOException {
    List<String> rows = new ArrayList<>();
    new TreeMap<>(docs).forEach((w, n) -> rows.add(w + "\t" + n));
    ModelFile.write(out, comment, rows);
  }

  /** Number of words. */
  public int size() {
    return docs.size();
  }

  /**
   * The templates with each victim filler given the word before its first mention in the body when that word began
   * victims' names in at least {@value #MIN_DOCS} training documents; no filler is added or removed.
   */
  List<PredictedTemplate> extend(List<PredictedTemplate> templates, String body) {
    if (templates.isEmpty() || docs.isEmpty()) {
      return templates;
    }
    String text = " " + Muc4Text.norm(body) + " ";
    List<PredictedTemplate> out = new ArrayList<>();
    for (PredictedTemplate t : templates) {
      Map<String, String> byNorm = new LinkedHashMap<>();
      for (String m : t.victim()) {
        String name = extended(m, text);
        byNorm.putIfAbsent(Muc4Text.norm(name), name);
      }
      out.add(new PredictedTemplate(t.incidentType(), t.perpInd(), t.perpOrg(), t.target(),
          List.copyOf(byNorm.values()), t.weapon()));
    }
    return out;
  }

  private String extended(String victim, String text) {
    String n = Muc4Text.norm(victim);
    int at = n.isEmpty() ? -1 : text.indexOf(" " + n + " ");
    if (at <= 0) {
      return victim;
    }
    int start = text.lastIndexOf(' ', at - 1) + 1;
    String before = text.substring(start, at);
    return docs.getOrDefault(before, 0) >= MIN_DOCS ? before + " " + n : victim;
  }
}
