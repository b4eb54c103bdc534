package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.eval.score.Muc4Role;
import org.vigil.eval.score.Muc4Text;

/**
 * One mention per entity and role across an article's templates. Two fillers of a role that name one entity count
 * twice against one key entity (the second is spurious), so one is kept: a name given with its acronym in brackets
 * ("Farabundo Marti National Liberation Front [FMLN]", or the acronym first: "ELN (Army of National Liberation)")
 * by the acronym when both fill the role, and, among perpetrators and weapons, a phrase by a shorter filler it ends
 * with ("urban guerrillas" by "guerrillas", "Salvadoran army" by "army", "powerful bomb" by "bomb"). Stateless and
 * thread-safe.
 */
final class SameEntity {
  /** A name followed by its acronym in brackets or parentheses. */
  private static final Pattern ACRONYM = Pattern.compile("([a-z][a-z ,.'-]{3,80}?) [\\[(]([a-z]{2,8})[\\])]");
  /** An acronym followed by its name in brackets or parentheses ("ELN (Army of National Liberation)"). */
  private static final Pattern ACRONYM_FIRST =
      Pattern.compile("\\b([a-z]{2,8}) [\\[(]([a-z][a-z ,.'-]{3,80}?)[\\])]");

  private SameEntity() {}

  /** The templates with each role's fillers that name one entity replaced by one mention, each once a template. */
  static List<PredictedTemplate> merge(List<PredictedTemplate> templates, String body) {
    if (templates.isEmpty()) {
      return templates;
    }
    Map<String, String> acronyms = acronyms(body);
    List<Map<String, String>> replace = new ArrayList<>();
    for (Muc4Role r : Muc4Role.values()) {
      Set<String> all = new LinkedHashSet<>();
      templates.forEach(t -> t.fillers(r).forEach(m -> all.add(Muc4Text.norm(m))));
      replace.add(replacements(all, acronyms, r != Muc4Role.TARGET && r != Muc4Role.VICTIM));
    }
    List<PredictedTemplate> out = new ArrayList<>();
    for (PredictedTemplate t : templates) {
      List<List<String>> roles = new ArrayList<>();
      for (Muc4Role r : Muc4Role.values()) {
        Map<String, String> byNorm = new LinkedHashMap<>();
        for (String m : t.fillers(r)) {
          String to = replace.get(r.ordinal()).get(Muc4Text.norm(m));
          byNorm.putIfAbsent(to == null ? Muc4Text.norm(m) : to, to == null ? m : to);
        }
        roles.add(List.copyOf(byNorm.values()));
      }
      out.add(new PredictedTemplate(t.incidentType(), roles.get(0), roles.get(1), roles.get(2), roles.get(3),
          roles.get(4)));
    }
    return out;
  }

  /** Normalised filler → the normalised filler that stands for it. */
  private static Map<String, String> replacements(Set<String> all, Map<String, String> acronyms, boolean heads) {
    Map<String, String> out = new HashMap<>();
    acronyms.forEach((acronym, name) -> {
      if (all.contains(acronym)) {
        for (String m : all) {
          if (!m.equals(acronym) && m.contains(" ") && (" " + name).endsWith(" " + m)) {
            out.put(m, acronym);
          }
        }
      }
    });
    if (heads) {
      for (String longer : all) {
        for (String shorter : all) {
          if (!out.containsKey(longer) && !out.containsKey(shorter) && longer.endsWith(" " + shorter)) {
            out.put(longer, shorter);
          }
        }
      }
    }
    return out;
  }

  /**
   * Normalised acronym → the normalised name it stands for, from "name [ACRONYM]" and "name (ACRONYM)" (the text
   * before it) and from "ACRONYM (name)" (the bracketed text).
   */
  static Map<String, String> acronyms(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    String text = String.join(" ", body.toLowerCase(Locale.ROOT).split("\\s+"));
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      out.putIfAbsent(Muc4Text.norm(m.group(2)), Muc4Text.norm(m.group(1)));
    }
    Matcher f = ACRONYM_FIRST.matcher(text);
    while (f.find()) {
      out.putIfAbsent(Muc4Text.norm(f.group(1)), Muc4Text.norm(f.group(2)));
    }
    return out;
  }
}
