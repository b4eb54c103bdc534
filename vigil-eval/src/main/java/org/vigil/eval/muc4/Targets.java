package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.eval.score.Muc4Text;

/**
 * Physical targets named as the objects of damage verbs in a MUC-4 body: "destroyed two electric power towers",
 * "dynamited the bridge", "the bank branch was damaged", and as the objects of the prepositions that place an
 * attack or explosion ({@link #LOCATING}: "an attack on the embassy", "a bomb exploded at the bank", "in front of the
 * hotel"). A phrase counts when it ends in a noun for a building, vehicle or installation ({@link #SITES}); it is
 * that noun with up to two words before it that are not function words. Stateless and thread-safe.
 */
final class Targets {
  private static final Set<String> DAMAGE = Set.of("destroyed", "damaged", "attacked", "bombed", "dynamited",
      "burned", "sabotaged", "machinegunned", "blew", "set");
  private static final Set<String> PASSIVE = Set.of("destroyed", "damaged", "bombed", "dynamited", "burned",
      "sabotaged", "machinegunned", "attacked");
  static final Set<String> SITES = Set.of("office", "offices", "car", "cars", "vehicle", "vehicles", "bus",
      "buses", "store", "stores", "building", "buildings", "headquarters", "station", "stations", "pipeline",
      "embassy", "facilities", "bank", "banks", "residence", "residences", "hotel", "house", "houses", "home",
      "homes", "tower", "towers", "center", "centers", "lines", "restaurant", "bridge", "bridges", "plane", "post",
      "posts", "branch", "church", "installations", "ministry", "company", "poles", "school", "factory", "truck",
      "trucks", "pylons", "substation", "plant", "premises", "jeep", "helicopter", "aircraft", "farm", "dealership",
      "warehouse", "agency", "installation", "facility", "airport", "barracks", "garrison");
  /**
   * Nouns and verbs whose prepositional object is the place hit: "an attack on the embassy", "a bomb exploded at the
   * bank", "damage to the building", "in front of the hotel"; each with the prepositions that introduce it.
   */
  private static final Map<String, Set<String>> LOCATING = Map.of("attack", Set.of("on", "against"), "attacks",
      Set.of("on", "against"), "exploded", Set.of("at", "in", "inside", "near"), "damage", Set.of("to"), "front",
      Set.of("of"), "bomb", Set.of("at"), "explosion", Set.of("at"));
  private static final int MAX_MODIFIERS = 2;
  /** Most words of a complement ("of the agriculture ministry") a target takes. */
  private static final int MAX_COMPLEMENT = 5;

  private Targets() {}

  /**
   * The templates with each target given the complement that follows its first mention in the body, as the keys
   * give it: "residence" → "residence of arthur mcnamara", "offices" → "offices of labor unions" (up to
   * {@value #MAX_COMPLEMENT} words after "of [the]", up to a function word or mark); a target never followed by
   * "of" stays as it is.
   */
  static List<PredictedTemplate> withComplements(List<PredictedTemplate> templates, String body) {
    if (templates.isEmpty()) {
      return templates;
    }
    List<String> w = TextRoles.words(body);
    List<String> norms = w.stream().map(Muc4Text::norm).toList();
    List<PredictedTemplate> out = new ArrayList<>();
    for (PredictedTemplate t : templates) {
      Map<String, String> byNorm = new LinkedHashMap<>();
      for (String m : t.target()) {
        String c = withComplement(m, w, norms);
        byNorm.putIfAbsent(Muc4Text.norm(c), c);
      }
      out.add(new PredictedTemplate(t.incidentType(), t.perpInd(), t.perpOrg(), List.copyOf(byNorm.values()),
          t.victim(), t.weapon()));
    }
    return out;
  }

  private static String withComplement(String target, List<String> w, List<String> norms) {
    List<String> m = List.of(Muc4Text.norm(target).split(" "));
    for (int j = 0; j + m.size() < w.size(); j++) {
      if (norms.subList(j, j + m.size()).equals(m) && w.get(j + m.size()).equals("of")) {
        int from = j + m.size() + 1;
        if (from < w.size() && w.get(from).equals("the")) {
          from++;
        }
        int end = from;
        while (end < w.size() && end < from + MAX_COMPLEMENT && !Agents.STOP.contains(w.get(end))
            && Character.isLetter(w.get(end).charAt(0))) {
          end++;
        }
        return end > from ? String.join(" ", w.subList(j, end)) : target;
      }
    }
    return target;
  }

  /** The target phrases of a body (any case), lower case, in text order, each once. */
  static List<String> of(String body) {
    List<String> w = TextRoles.words(body);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 1 < w.size(); i++) {
      String v = w.get(i);
      if (DAMAGE.contains(v)) {
        int from = i + 1;
        if ((v.equals("blew") && w.get(from).equals("up")) || (v.equals("set") && w.get(from).equals("fire")
            && from + 1 < w.size() && w.get(from + 1).equals("to"))) {
          from += v.equals("set") ? 2 : 1;
        } else if (v.equals("blew") || v.equals("set")) {
          continue;
        }
        String p = object(w, from);
        if (p != null) {
          out.add(p);
        }
      }
      Set<String> preps = LOCATING.get(v);
      if (preps != null && preps.contains(w.get(i + 1))) {
        String p = object(w, i + 2);
        if (p != null) {
          out.add(p);
        }
      }
      if (PASSIVE.contains(v) && i >= 2 && (w.get(i - 1).equals("was") || w.get(i - 1).equals("were"))
          && SITES.contains(w.get(i - 2))) {
        out.add(phraseEndingAt(w, i - 2));
      }
    }
    return List.copyOf(out);
  }

  private static String object(List<String> w, int from) {
    int start = from;
    while (start < w.size() && start < from + 3 && (Agents.STOP.contains(w.get(start))
        || w.get(start).matches("\\d+"))) {
      start++;
    }
    for (int j = start; j < w.size() && j <= start + MAX_MODIFIERS; j++) {
      String x = w.get(j);
      if (SITES.contains(x)) {
        return String.join(" ", w.subList(start, j + 1));
      }
      if (Agents.STOP.contains(x) || !Character.isLetter(x.charAt(0))) {
        return null;
      }
    }
    return null;
  }

  private static String phraseEndingAt(List<String> w, int end) {
    int start = end;
    while (start > 0 && end - start < MAX_MODIFIERS && !Agents.STOP.contains(w.get(start - 1))
        && Character.isLetter(w.get(start - 1).charAt(0))) {
      start--;
    }
    return String.join(" ", w.subList(start, end + 1));
  }
}
