package org.vigil.eval.muc4;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.eval.score.Muc4Role;
import org.vigil.eval.score.Muc4Scorer;
import org.vigil.eval.score.Muc4Text;
import org.vigil.eval.score.PyText;

/**
 * A role lexicon learned from MUC-4 training keys: for every phrase of one to {@value #MAX_WORDS} words (normalised as
 * the scorers do) that occurs in the training documents with a template, in how many of them it occurs ({@code occ})
 * and in how many it is a key mention of each role ({@code fill}). Its role precision {@code fill/occ} refines the
 * templates read off Vigil's incidents ({@link #refine}): a filler whose phrase occurred at least {@value #MIN_OCC}
 * times but filled its role in less than {@value #DROP_BELOW} of them is dropped ("peasants" as a victim, "rifles" as
 * a weapon), and a phrase of the document that filled a role in at least {@value #MIN_FILL} training documents and in
 * at least {@value #ADD_FROM} of those it occurred in ({@value #ADD_PERP_IND_FROM} for PerpInd) is added to the first
 * template ("fmln", "dynamite", "terrorists"), unless a longer added phrase of the same role contains it. This is
 * AutoSlog-TS's statistics on phrases rather than patterns. Built by {@code vigil train muc4}; immutable and
 * thread-safe.
 */
public final class RoleLexicon {
  /** Longest phrase counted, in words. */
  public static final int MAX_WORDS = 4;
  /** Minimum training occurrences before a filler can be dropped. */
  public static final int MIN_OCC = 3;
  /** Role precision below which a counted filler is dropped. */
  public static final double DROP_BELOW = 0.1;
  /** Minimum training documents in which a phrase filled the role before it is added. */
  public static final int MIN_FILL = 2;
  /** Role precision from which a phrase is added. */
  public static final double ADD_FROM = 0.4;
  /**
   * Role precision from which a PerpInd phrase is added ("guerrillas", a third of the training documents naming
   * them): lower than for the other roles, because PerpInd has the lowest recall and an added perpetrator must still
   * be named in an incident sentence ({@link IncidentSentences}); PerpOrg and Target from 0.3 gained nothing more.
   */
  public static final double ADD_PERP_IND_FROM = 0.3;
  /** The bundled lexicon, trained on {@code muc4_train.jsonl.gz}. */
  public static final String RESOURCE = "role-lexicon.tsv.gz";

  private static final Muc4Role[] ROLES = Muc4Role.values();
  private final Map<String, int[]> counts;

  /** A lexicon of {@code phrase → [occ, fill per role in Muc4Role order]}. */
  public RoleLexicon(Map<String, int[]> counts) {
    Map<String, int[]> copy = new HashMap<>();
    counts.forEach((k, v) -> {
      if (v.length != ROLES.length + 1) {
        throw new IllegalArgumentException("counts of '" + k + "' need occ and " + ROLES.length + " fills");
      }
      copy.put(k, v.clone());
    });
    this.counts = Map.copyOf(copy);
  }

  /** An empty lexicon: {@link #refine} changes nothing. */
  public static RoleLexicon empty() {
    return new RoleLexicon(Map.of());
  }

  /** The bundled lexicon. */
  public static RoleLexicon bundled() {
    return of(ModelFile.bundled(RESOURCE));
  }

  /** Reads a lexicon file (gzip TSV: phrase, occ, five fills; lines starting with # are comments). */
  public static RoleLexicon read(Path file) throws IOException {
    return of(ModelFile.read(file));
  }

  private static RoleLexicon of(List<String[]> rows) {
    Map<String, int[]> m = new HashMap<>();
    for (String[] f : rows) {
      int[] c = new int[ROLES.length + 1];
      for (int i = 0; i < c.length; i++) {
        c[i] = Integer.parseInt(f[i + 1]);
      }
      m.put(f[0], c);
    }
    return new RoleLexicon(m);
  }

  /**
   * Counts phrases over MUC-4 training lines ({@code raw_text}, {@code templates}, optional {@code role_fillers});
   * keeps the phrases that occurred at least {@value #MIN_OCC} times or filled a role at least {@value #MIN_FILL}
   * times.
   */
  public static RoleLexicon train(Iterable<JsonNode> lines) {
    Map<String, int[]> all = new HashMap<>();
    for (JsonNode line : lines) {
      if (line.get("templates") == null || line.get("templates").isEmpty()) {
        continue;
      }
      Set<String> phrases = phrases(bodyOf(line.get("raw_text").asText()));
      for (String p : phrases) {
        all.computeIfAbsent(p, k -> new int[ROLES.length + 1])[0]++;
      }
      List<List<List<String>>> gold = Muc4Scorer.goldRoleFillers(line);
      for (int r = 0; r < ROLES.length; r++) {
        Set<String> mentions = new LinkedHashSet<>();
        gold.get(r).forEach(mentions::addAll);
        for (String m : mentions) {
          if (phrases.contains(m)) {
            all.get(m)[r + 1]++;
          }
        }
      }
    }
    Map<String, int[]> kept = new HashMap<>();
    all.forEach((p, c) -> {
      if (c[0] >= MIN_OCC || maxFill(c) >= MIN_FILL) {
        kept.put(p, c);
      }
    });
    return new RoleLexicon(kept);
  }

  /** The body of a raw MUC-4 text as {@code vigil eval muc4} gives it to the pipeline. */
  static String bodyOf(String raw) {
    return WireText.body(raw, Dateline.parse(raw));
  }

  private static int maxFill(int[] c) {
    int max = 0;
    for (int i = 1; i < c.length; i++) {
      max = Math.max(max, c[i]);
    }
    return max;
  }

  /** Writes the lexicon as gzip TSV, phrases sorted, after one comment line. */
  public void write(OutputStream out, String comment) throws IOException {
    List<String> rows = new ArrayList<>();
    for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
      StringBuilder b = new StringBuilder(e.getKey());
      for (int c : e.getValue()) {
        b.append('\t').append(c);
      }
      rows.add(b.toString());
    }
    ModelFile.write(out, comment, rows);
  }

  /** Number of phrases. */
  public int size() {
    return counts.size();
  }

  /** The role precision of a normalised phrase, or -1 when it occurred fewer than {@code minOcc} times. */
  double precision(String phrase, Muc4Role role, int minOcc) {
    int[] c = counts.get(phrase);
    return c == null || c[0] < minOcc || c[0] == 0 ? -1 : (double) c[role.ordinal() + 1] / c[0];
  }

  /**
   * The templates with fillers of low role precision dropped and the document's phrases of high role precision added
   * to the first template; no template is added or removed.
   *
   * @param templates the templates read off the incidents
   * @param body the document's body text (any case)
   */
  public List<PredictedTemplate> refine(List<PredictedTemplate> templates, String body) {
    if (templates.isEmpty() || counts.isEmpty()) {
      return templates;
    }
    List<List<String>> additions = additions(phrases(body));
    List<PredictedTemplate> out = new ArrayList<>();
    for (int i = 0; i < templates.size(); i++) {
      PredictedTemplate t = templates.get(i);
      List<List<String>> roles = new ArrayList<>();
      for (Muc4Role r : ROLES) {
        List<String> kept = new ArrayList<>();
        for (String m : t.fillers(r)) {
          double p = precision(Muc4Text.norm(m), r, MIN_OCC);
          if (p < 0 || p >= DROP_BELOW) {
            kept.add(m);
          }
        }
        if (i == 0) {
          Set<String> have = new LinkedHashSet<>();
          kept.forEach(m -> have.add(Muc4Text.norm(m)));
          additions.get(r.ordinal()).stream().filter(have::add).forEach(kept::add);
        }
        roles.add(kept);
      }
      out.add(new PredictedTemplate(t.incidentType(), roles.get(0), roles.get(1), roles.get(2), roles.get(3),
          roles.get(4)));
    }
    return out;
  }

  private List<List<String>> additions(Set<String> phrases) {
    List<List<String>> out = new ArrayList<>();
    for (Muc4Role r : ROLES) {
      List<String> chosen = new ArrayList<>();
      for (String p : phrases) {
        int[] c = counts.get(p);
        double from = r == Muc4Role.PERP_IND ? ADD_PERP_IND_FROM : ADD_FROM;
        if (c != null && c[r.ordinal() + 1] >= MIN_FILL && (double) c[r.ordinal() + 1] / c[0] >= from) {
          chosen.add(p);
        }
      }
      chosen.removeIf(p -> chosen.stream().anyMatch(q -> !q.equals(p) && (" " + q + " ").contains(" " + p + " ")));
      chosen.sort(null);
      out.add(chosen);
    }
    return out;
  }

  /**
   * The distinct normalised phrases of one to {@value #MAX_WORDS} words of a text: lower case, ASCII punctuation
   * removed, split at white space, each word sequence normalised by {@link Muc4Text#norm} (which drops articles).
   */
  static Set<String> phrases(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.toLowerCase(Locale.ROOT).codePoints()
        .filter(cp -> !PyText.isAsciiPunctuation(cp))
        .forEach(b::appendCodePoint);
    String[] words = b.toString().trim().split("\\s+");
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < words.length; i++) {
      StringBuilder g = new StringBuilder();
      for (int k = 0; k < MAX_WORDS && i + k < words.length; k++) {
        if (k > 0) {
          g.append(' ');
        }
        g.append(words[i + k]);
        String n = Muc4Text.norm(g.toString());
        if (!n.isEmpty()) {
          out.add(n);
        }
      }
    }
    return out;
  }
}
