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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.vigil.eval.score.Muc4Role;
import org.vigil.eval.score.Muc4Scorer;
import org.vigil.eval.score.Muc4Text;

/**
 * The words that begin the victims' names of MUC-4 training keys (given names: "luis", "jose", "oscar"…), learned
 * from their multi-word Victim mentions: for each first word, in how many training documents it begins one. A victim
 * filler whose name the pipeline cut short ("arnulfo romero", "castro roman") is given the word before it in the body
 * when that word began names in at least {@value #MIN_DOCS} training documents ({@link #extend}: "oscar arnulfo
 * romero", "luis castro roman"), as the keys give the full name; the names a sentence of harm lists, from a given
 * name on, are added as victims ({@link #addListed}: "the victims were identified as …"). Built by
 * {@code vigil train muc4}; immutable and thread-safe.
 */
public final class VictimNames {
  /** Training documents a first word must begin a victim's name in. */
  public static final int MIN_DOCS = 3;
  /**
   * Training documents a first word must begin a victim's name in for {@link #addListed} to take it as a given name
   * (a name it adds ends an item of a sentence of harm, so a weaker sign of a given name is enough).
   */
  public static final int LISTED_MIN_DOCS = 2;
  /** The bundled model, trained on {@code muc4_train.jsonl.gz}. */
  public static final String RESOURCE = "victim-names.tsv.gz";

  /** Words of harm to people: a sentence with one can list victims. */
  private static final Pattern HARM = Pattern.compile("\\b(?:killed|murdered|kidnapped|abducted|injured|wounded"
      + "|victims?|dead|hostages?|assassinated|died|shot)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.:])\\s+");
  /** Function words, counts and verbs of saying, which no name contains. */
  private static final Set<String> NOT_NAME = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
      "with", "by", "and", "or", "but", "that", "which", "who", "whom", "whose", "were", "was", "are", "is", "be",
      "been", "has", "have", "had", "said", "says", "reported", "this", "these", "those", "some", "several", "many",
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "his", "her", "their", "its", "our",
      "other", "also", "not", "as", "after", "before", "during", "when", "where", "while", "one", "today",
      "yesterday");
  /** Words before a given name that make it a place's ("San Miguel"). */
  private static final Set<String> SAINTS = Set.of("san", "santa", "santo");
  /** Nouns that end the names of places and bodies named after people ("… hospital", "… front"). */
  private static final Set<String> PLACE_NOUNS = Set.of("department", "hospital", "neighborhood", "city", "airport",
      "front", "school", "university", "battalion", "brigade", "province", "street", "avenue", "promenade", "canton",
      "municipality", "district", "town", "village", "party", "command", "movement");

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

  /**
   * The templates with the names that sentences of harm list added to the first template's victims ("the victims were
   * identified as Jose …, Pedro … and Luis …", "those kidnapped are …", "Judge … was shot"): in a sentence with a word
   * of harm ({@link #HARM}), an item between marks or "and" that ends in a name of two to five words beginning with a
   * given name of this model (one that began victims' names in at least {@value #LISTED_MIN_DOCS} training documents),
   * none of them a function word ({@link #NOT_NAME}), not a place named after a person
   * ("San Miguel department": {@link #SAINTS}, {@link #PLACE_NOUNS}), nor a possessive; a name that fills a victim or
   * perpetrator of the templates already, or ends one of their victims or ends with one, is not added.
   */
  List<PredictedTemplate> addListed(List<PredictedTemplate> templates, String body) {
    if (templates.isEmpty() || docs.isEmpty()) {
      return templates;
    }
    Set<String> taken = new LinkedHashSet<>();
    List<String> victims = new ArrayList<>();
    for (PredictedTemplate t : templates) {
      t.victim().forEach(m -> victims.add(Muc4Text.norm(m)));
      t.perpInd().forEach(m -> taken.add(Muc4Text.norm(m)));
      t.perpOrg().forEach(m -> taken.add(Muc4Text.norm(m)));
    }
    taken.addAll(victims);
    List<String> added = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(body.toLowerCase(Locale.ROOT))) {
      if (!HARM.matcher(sentence).find()) {
        continue;
      }
      List<String> w = TextRoles.words(sentence);
      int from = 0;
      for (int i = 0; i <= w.size(); i++) {
        if (i == w.size() || w.get(i).equals("and") || !Character.isLetterOrDigit(w.get(i).charAt(0))) {
          String name = nameEnding(w.subList(from, i));
          if (name != null && !taken.contains(name) && victims.stream().noneMatch(
              v -> (" " + v).endsWith(" " + name) || (" " + name).endsWith(" " + v))) {
            added.add(name);
            taken.add(name);
          }
          from = i + 1;
        }
      }
    }
    if (added.isEmpty()) {
      return templates;
    }
    List<PredictedTemplate> out = new ArrayList<>(templates);
    PredictedTemplate t = templates.get(0);
    List<String> v = new ArrayList<>(t.victim());
    v.addAll(added);
    out.set(0, new PredictedTemplate(t.incidentType(), t.perpInd(), t.perpOrg(), t.target(), v, t.weapon()));
    return out;
  }

  /** The name that ends an item of a list, from its first given name on, or null. */
  private String nameEnding(List<String> item) {
    int a = 0;
    while (a < item.size() && docs.getOrDefault(item.get(a), 0) < LISTED_MIN_DOCS) {
      a++;
    }
    if (a == item.size() || a > 0 && SAINTS.contains(item.get(a - 1))) {
      return null;
    }
    for (int b = a; b < item.size(); b++) {
      String x = item.get(b);
      if (NOT_NAME.contains(x) || !Character.isLetter(x.charAt(0)) || x.contains("'")) {
        return null;
      }
    }
    int n = item.size() - a;
    return n >= 2 && n <= 5 && !PLACE_NOUNS.contains(item.get(item.size() - 1))
        ? String.join(" ", item.subList(a, item.size())) : null;
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
