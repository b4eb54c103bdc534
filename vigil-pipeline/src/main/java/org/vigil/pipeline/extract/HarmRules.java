package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.FigureKind;
import org.vigil.model.Target;
import org.vigil.model.Victim;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Who and what was harmed, read from the arguments of harm words: the object of "killed", "kidnapped", "attacked";
 * the subject of a passive ("X was murdered"); the complement of a harm noun ("the murder of X", "an attack against
 * X"). A person (a name or a people noun) is a victim; anything else is a physical target.
 *
 * <p>Extents follow the MUC-4 answer keys: a person is their name without titles ("Enrique Lopez Albujar", not
 * "former defence minister Enrique Lopez Albujar"); a thing is its noun phrase without determiners or numbers.
 */
final class HarmRules {
  /** Harm verbs and what they do to a person. */
  private static final Map<String, FigureKind> HARM_VERBS = Map.ofEntries(
      Map.entry("kill", FigureKind.KILLED), Map.entry("murder", FigureKind.KILLED),
      Map.entry("assassinate", FigureKind.KILLED), Map.entry("execute", FigureKind.KILLED),
      Map.entry("slay", FigureKind.KILLED), Map.entry("behead", FigureKind.KILLED),
      Map.entry("massacre", FigureKind.KILLED), Map.entry("shoot", FigureKind.INJURED),
      Map.entry("wound", FigureKind.INJURED), Map.entry("injure", FigureKind.INJURED),
      Map.entry("torture", FigureKind.INJURED), Map.entry("kidnap", FigureKind.KIDNAPPED),
      Map.entry("abduct", FigureKind.KIDNAPPED), Map.entry("attack", FigureKind.INJURED),
      Map.entry("stab", FigureKind.INJURED), Map.entry("ambush", FigureKind.INJURED));
  /** Verbs whose object is a thing destroyed or damaged. */
  private static final Set<String> DAMAGE_VERBS = Set.of("attack", "bomb", "destroy", "damage", "burn", "dynamite",
      "blow", "raid", "storm", "hit", "target", "set", "torch", "loot", "sabotage", "ransack", "shell");
  /** Nouns whose complement is the one harmed: "the murder of X", "an attack on X". */
  private static final Map<String, FigureKind> HARM_NOUNS = Map.ofEntries(
      Map.entry("murder", FigureKind.KILLED), Map.entry("assassination", FigureKind.KILLED),
      Map.entry("killing", FigureKind.KILLED), Map.entry("death", FigureKind.KILLED),
      Map.entry("kidnapping", FigureKind.KIDNAPPED), Map.entry("abduction", FigureKind.KIDNAPPED),
      Map.entry("attack", FigureKind.INJURED), Map.entry("bombing", FigureKind.INJURED),
      Map.entry("assault", FigureKind.INJURED), Map.entry("ambush", FigureKind.INJURED));
  /** Title and role nouns: the person is the name attached to them. */
  private static final Set<String> TITLES = Set.of("minister", "leader", "mayor", "priest", "official", "judge",
      "president", "governor", "commander", "general", "colonel", "senator", "deputy", "director", "chief",
      "candidate", "journalist", "bishop", "archbishop", "father", "monsignor", "ambassador", "businessman",
      "politician", "activist", "member", "head", "secretary", "councilman", "lawyer", "attorney", "captain",
      "lieutenant", "major", "sergeant", "professor", "rector", "student", "worker");
  /** Words that are never a physical target. */
  private static final Set<String> NOT_TARGETS = Set.of("people", "person", "time", "day", "week", "month", "year",
      "hour", "morning", "night", "evening", "afternoon", "responsibility", "fire", "way", "area", "number",
      "one", "place", "part", "group", "case", "life", "lives", "control", "power");

  private HarmRules() {}

  /** The victims and targets named as arguments of harm words in a sentence. */
  record Harmed(List<Victim> victims, List<Target> targets) {}

  /**
   * @param skip token indices of harm words that belong to another frame (a warning's "possible attacks on
   *     diplomatic missions" names no target of this incident)
   */
  static Harmed harmed(String text, Sentence s, Set<Integer> skip) {
    List<Victim> victims = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      String lemma = k.lemma();
      if (skip.contains(i)) {
        continue;
      }
      List<Integer> args = new ArrayList<>();
      FigureKind harm = null;
      boolean damage = false;
      if (k.isVerb() && (HARM_VERBS.containsKey(lemma) || DAMAGE_VERBS.contains(lemma))) {
        harm = HARM_VERBS.get(lemma);
        damage = DAMAGE_VERBS.contains(lemma);
        args.addAll(s.children(i, "obj"));
        args.addAll(s.children(i, "nsubj:pass"));
        // "set fire to X", "attacks against X"
        for (int o : s.children(i, "obl")) {
          String prep = caseOf(s, o);
          if (prep.equals("to") || prep.equals("against") || prep.equals("on")) {
            args.add(o);
          }
        }
      } else if (k.isNoun() && HARM_NOUNS.containsKey(lemma)) {
        harm = HARM_NOUNS.get(lemma);
        damage = lemma.equals("attack") || lemma.equals("bombing") || lemma.equals("assault");
        for (int n : s.children(i, "nmod")) {
          String prep = caseOf(s, n);
          if (prep.equals("of") || prep.equals("against") || prep.equals("on")) {
            args.add(n);
          }
        }
      }
      // an attack harms whoever it targets, but does not say how
      boolean person = harm != null;
      if (Set.of("attack", "assault", "bombing", "ambush").contains(lemma)) {
        harm = null;
      }
      for (int a : args) {
        addArgument(text, s, a, person, harm, damage, victims, targets);
        // coordinated arguments: "killed X and Y"
        for (int c : s.children(a, "conj")) {
          addArgument(text, s, c, person, harm, damage, victims, targets);
        }
      }
    }
    return new Harmed(victims, targets);
  }

  private static void addArgument(String text, Sentence s, int a, boolean person, FigureKind harm, boolean damage,
      List<Victim> victims, List<Target> targets) {
    List<Token> t = s.tokens();
    Token head = t.get(a);
    int[] name = personName(s, a);
    if (name != null && person) {
      victims.add(new Victim(s.text(text, name[0], name[1]), List.of(), harm,
          Phrases.evidence(text, s, name[0], name[1])));
      return;
    }
    if (head.ner().equals("PERSON") || head.pos().equals("PRP")
        || Lexicon.PERPETRATOR_NOUNS.contains(head.lemma())) {
      return;
    }
    int[] np = Phrases.nounPhrase(s, a);
    int first = np[0];
    while (first < a && (t.get(first).pos().equals("DT") || t.get(first).pos().equals("CD")
        || t.get(first).pos().equals("PRP$"))) {
      first++;
    }
    if (PersonWords.isPeople(head.lemma())) {
      // bare "people" says nothing a figure does not say better
      if (person && !(first == np[1] && (head.lemma().equals("people") || head.lemma().equals("person")))) {
        victims.add(new Victim(s.text(text, first, np[1]), List.of(), harm,
            Phrases.evidence(text, s, first, np[1])));
      }
      return;
    }
    if (damage && head.isNoun() && !head.ner().equals("LOCATION") && !head.ner().equals("DATE")
        && !NOT_TARGETS.contains(head.lemma()) && !head.ner().equals("ORGANIZATION")) {
      targets.add(new Target(s.text(text, first, np[1]), Lexicon.TARGET_CATEGORY.get(head.lemma()),
          Phrases.evidence(text, s, first, np[1])));
    }
  }

  /** The name of the person token {@code a} refers to, directly or through a title ("Minister X"), or null. */
  private static int[] personName(Sentence s, int a) {
    List<Token> t = s.tokens();
    int p = -1;
    if (t.get(a).ner().equals("PERSON")) {
      p = a;
    } else if (TITLES.contains(t.get(a).lemma())) {
      for (var d : s.dependencies()) {
        if (d.governor() == a && (d.relation().equals("compound") || d.relation().equals("appos")
            || d.relation().equals("flat")) && t.get(d.dependent()).ner().equals("PERSON")) {
          p = d.dependent();
          break;
        }
      }
    }
    if (p < 0) {
      return null;
    }
    int first = p;
    int last = p;
    while (first > 0 && t.get(first - 1).ner().equals("PERSON")) {
      first--;
    }
    while (last + 1 < t.size() && t.get(last + 1).ner().equals("PERSON")) {
      last++;
    }
    return new int[] {first, last};
  }

  /** The preposition of a nominal ("of", "against"), lower case, or "" when there is none. */
  private static String caseOf(Sentence s, int nominal) {
    for (int c : s.children(nominal, "case")) {
      return s.tokens().get(c).lower();
    }
    return "";
  }
}
