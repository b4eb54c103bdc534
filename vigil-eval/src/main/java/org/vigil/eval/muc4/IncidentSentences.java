package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.eval.score.Muc4Role;
import org.vigil.eval.score.Muc4Text;

/**
 * Fillers the body names only away from its incidents. A MUC-4 key fills a role from what the text says about an
 * incident, so a perpetrator, target or weapon that no sentence naming it says anything violent of (no word of
 * {@link #INCIDENT}: "killed", "attack", "bombs", "explosion", "claimed responsibility"…) is background: the FMLN of
 * a political report that also mentions a bombing, the bus or building of another paragraph, the rifles of a
 * seizure. Victims are kept (the keys name the people hit in other sentences too: "the victims were identified as
 * …"). The check runs on the fillers read off the incidents and word patterns ({@link #READ_OFF}) and again on
 * those the role lexicon adds ({@link #ADDED}: perpetrators and targets; its weapons, "dynamite", are right
 * even away from incident sentences in a third of the training documents, above break-even). Sentences end at ".",
 * ";" or ":" before white space; a filler matches a sentence when its normalised words ({@link Muc4Text#norm})
 * occur in the normalised sentence. Stateless and thread-safe.
 */
final class IncidentSentences {
  /** Words of violent incidents and of claims for them. */
  static final Pattern INCIDENT = Pattern.compile("\\b(?:kill|kills|killed|killing|killings|murder|murders"
      + "|murdered|kidnap|kidnaps|kidnapped|kidnapping|kidnappings|kidnappers?|abduct|abducts|abducted|abduction\\w*"
      + "|attack|attacks|attacked|attacking|attackers?|assassinat\\w*|bomb|bombs|bombed|bombing|bombings|explo\\w*"
      + "|blast\\w*|detonat\\w*|dynamit\\w*|sabotag\\w*|burn\\w*|destroy\\w*|damag\\w*|wound\\w*|injur\\w*|shot"
      + "|shots|shooting\\w*|machinegun\\w*|massacre\\w*|ambush\\w*|set fire|blew up|claimed|responsib\\w*)\\b");
  /** The roles checked among the fillers read off the incidents and word patterns. */
  static final Set<Muc4Role> READ_OFF = Set.of(Muc4Role.PERP_IND, Muc4Role.PERP_ORG, Muc4Role.TARGET,
      Muc4Role.WEAPON);
  /** The roles checked among the fillers the role lexicon adds. */
  static final Set<Muc4Role> ADDED = Set.of(Muc4Role.PERP_IND, Muc4Role.PERP_ORG, Muc4Role.TARGET);
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:])\\s+");

  private IncidentSentences() {}

  /** The templates without the fillers of the given roles that no incident sentence of the body names. */
  static List<PredictedTemplate> keep(List<PredictedTemplate> templates, String body, Set<Muc4Role> checked) {
    if (templates.isEmpty()) {
      return templates;
    }
    List<String> incident = new ArrayList<>();
    for (String s : SENTENCE_END.split(body)) {
      String n = " " + Muc4Text.norm(s) + " ";
      if (INCIDENT.matcher(n).find()) {
        incident.add(n);
      }
    }
    List<PredictedTemplate> out = new ArrayList<>();
    for (PredictedTemplate t : templates) {
      List<List<String>> roles = new ArrayList<>();
      for (Muc4Role r : Muc4Role.values()) {
        roles.add(checked.contains(r) ? t.fillers(r).stream().filter(m -> named(m, incident)).toList()
            : t.fillers(r));
      }
      out.add(new PredictedTemplate(t.incidentType(), roles.get(0), roles.get(1), roles.get(2), roles.get(3),
          roles.get(4)));
    }
    return out;
  }

  private static boolean named(String filler, List<String> sentences) {
    String m = " " + Muc4Text.norm(filler) + " ";
    return sentences.stream().anyMatch(s -> s.contains(m));
  }
}
