package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Binds counts to what they count: victims killed or injured, hostages taken or freed, people kidnapped,
 * perpetrators killed or arrested. A number becomes a figure only when a casualty word governs it or stands next to
 * it ("two dead", "killed five people", "Two attackers were killed", "the number of hostages freed was raised to
 * 32"); troop strengths and other counts are left alone.
 */
final class FigureRules {
  private static final Set<String> DEAD = Set.of("dead", "kill", "killed", "die", "death", "fatality", "body",
      "murder", "slay", "execute", "behead", "massacre", "life", "toll", "corpse", "lifeless");
  private static final Set<String> HURT = Set.of("injure", "injured", "wound", "wounded", "hurt", "injury",
      "casualty");
  private static final Set<String> KIDNAP = Set.of("kidnap", "abduct", "snatch", "kidnapped", "abducted");
  private static final Set<String> FREE = Set.of("free", "release", "rescue", "liberate", "freed", "released",
      "rescued", "evacuate");
  private static final Set<String> HOLD = Set.of("hold", "take", "seize", "captive", "trap");
  private static final Set<String> ARREST = Set.of("arrest", "detain", "capture", "apprehend", "nab");
  private static final Set<String> UPDATE = Set.of("rise", "raise", "climb", "increase", "reach", "jump", "hit",
      "revise", "stand", "grow", "mount");
  private static final Set<String> PEOPLE_WORDS = Set.of("people", "person", "civilian", "man", "woman", "child",
      "student", "tourist", "foreigner", "victim", "worker", "soldier", "policeman", "officer", "resident",
      "villager", "passenger", "member", "national", "citizen", "guest", "staff", "worshipper", "pilgrim",
      "teenager", "boy", "girl", "adult", "hostage", "employee", "guard", "peasant", "bystander", "customer",
      "patron", "journalist", "teacher", "pupil", "family", "relative", "other", "individual", "youth");

  private FigureRules() {}

  /** Whether a lemma names people ("civilian", "policeman", "tourist"). */
  static boolean isPeople(String lemma) {
    return PEOPLE_WORDS.contains(lemma);
  }

  /** A figure found in a sentence, with whether it updates an earlier figure ("raised to 32"). */
  record Found(Figure figure, boolean update) {}

  static List<Found> figures(String text, Sentence s) {
    List<Found> out = new ArrayList<>();
    EnumSet<FigureKind> seen = EnumSet.noneOf(FigureKind.class);
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      NumberPhrase np = NumberPhrase.at(s, i);
      if (np == null || NumberPhrase.looksLikeYear(t.get(i))) {
        continue;
      }
      Classified c = classify(s, np);
      i = Math.max(i, np.last());
      if (c == null || seen.contains(c.kind)) {
        continue;
      }
      seen.add(c.kind);
      String phrase = np.phrase(text, s);
      out.add(new Found(new Figure(c.kind, np.low(), np.best(), np.high(), np.qualifier(), phrase, c.rule,
          Phrases.evidence(text, s, Math.min(np.first(), c.from), Math.max(np.last(), c.to))), c.update));
    }
    return out;
  }

  private record Classified(FigureKind kind, String rule, int from, int to, boolean update) {}

  private static Classified classify(Sentence s, NumberPhrase np) {
    List<Token> t = s.tokens();
    int n = np.numberToken();
    int after = np.last() + 1;
    // the counted noun: skip adjectives and participles between number and noun ("four suspected jihadists")
    int noun = -1;
    for (int j = after; j < Math.min(t.size(), after + 4); j++) {
      Token k = t.get(j);
      if (k.isNoun()) {
        noun = j;
        if (j + 1 < t.size() && t.get(j + 1).isNoun() && !t.get(j + 1).isProperNoun()) {
          continue;
        }
        break;
      }
      if (!(k.pos().startsWith("JJ") || k.pos().equals("VBN") || k.pos().equals("HYPH"))) {
        break;
      }
      if (DEAD.contains(k.lemma()) || DEAD.contains(k.lower())) {
        return new Classified(FigureKind.KILLED, "number-dead", n, j, false);
      }
      if (HURT.contains(k.lower())) {
        return new Classified(FigureKind.INJURED, "number-injured", n, j, false);
      }
    }
    if (after < t.size()) {
      Token a = t.get(after);
      if (DEAD.contains(a.lower()) || a.lemma().equals("death") || a.lemma().equals("fatality")) {
        return new Classified(FigureKind.KILLED, "number-dead", n, after, false);
      }
      if (HURT.contains(a.lower()) || a.lemma().equals("injury")) {
        return new Classified(FigureKind.INJURED, "number-injured", n, after, false);
      }
    }
    boolean perp = noun >= 0 && Lexicon.PERPETRATOR_NOUNS.contains(t.get(noun).lemma());
    boolean hostage = noun >= 0 && t.get(noun).lemma().equals("hostage");
    boolean people = noun >= 0 && (PEOPLE_WORDS.contains(t.get(noun).lemma()) || hostage
        || t.get(noun).ner().equals("MISC") || perp);
    if (noun < 0 && after < t.size() && t.get(after).isVerb()) {
      people = true; // "five were killed"
    }
    // a verb governing the counted noun, or the number itself: "killed five people", "Two attackers were killed",
    // "hostages freed"
    int anchor = noun >= 0 ? noun : n;
    int verb = s.head(anchor);
    String rel = s.relation(anchor);
    List<Integer> verbs = new ArrayList<>();
    if (verb >= 0 && rel != null && (rel.startsWith("nsubj") || rel.startsWith("obj") || rel.equals("obl"))) {
      verbs.add(verb);
    }
    // participles attached to the noun: "hostages freed", "people killed"
    for (var d : s.dependencies()) {
      if (d.governor() == anchor && (d.relation().startsWith("acl") || d.relation().equals("amod"))) {
        verbs.add(d.dependent());
      }
    }
    // the verb just before: "killing five", "left 20 dead", "wounded 14"
    int before = np.first() - 1;
    if (before >= 0 && t.get(before).isVerb()) {
      verbs.add(before);
    }
    // "the number of hostages freed was raised to 32", "the death toll rose to 15"
    if (verb >= 0 && UPDATE.contains(t.get(verb).lemma())) {
      Classified toll = toll(s, verb, np);
      if (toll != null) {
        return toll;
      }
    }
    if (!people) {
      return null;
    }
    for (int v : verbs) {
      String lemma = t.get(v).lemma();
      String word = t.get(v).lower();
      FigureKind kind = null;
      if (DEAD.contains(lemma) || DEAD.contains(word)) {
        kind = perp ? FigureKind.PERPETRATORS_KILLED : FigureKind.KILLED;
      } else if (HURT.contains(lemma) || HURT.contains(word)) {
        kind = FigureKind.INJURED;
      } else if (KIDNAP.contains(lemma) || KIDNAP.contains(word)) {
        kind = FigureKind.KIDNAPPED;
      } else if (FREE.contains(lemma) || FREE.contains(word)) {
        kind = FigureKind.HOSTAGES_FREED;
      } else if (ARREST.contains(lemma)) {
        kind = FigureKind.PERPETRATORS_ARRESTED;
      } else if (hostage && HOLD.contains(lemma)) {
        kind = FigureKind.HOSTAGES_TAKEN;
      }
      if (kind != null) {
        return new Classified(kind, "verb-" + lemma, Math.min(v, n), Math.max(v, anchor), false);
      }
    }
    if (hostage) {
      return new Classified(FigureKind.HOSTAGES_TAKEN, "number-hostages", n, noun, false);
    }
    return null;
  }

  private static Classified toll(Sentence s, int verb, NumberPhrase np) {
    List<Token> t = s.tokens();
    for (int subj : s.children(verb, "nsubj")) {
      String head = t.get(subj).lemma();
      if (!(head.equals("number") || head.equals("toll") || head.equals("tally") || head.equals("count"))) {
        continue;
      }
      // what the toll counts: "death toll", "number of hostages freed", "number of injured"
      FigureKind kind = null;
      int[] np2 = Phrases.nounPhrase(s, subj);
      int end = Math.min(t.size() - 1, Math.max(np2[1], subj + 4));
      for (int j = np2[0]; j <= end; j++) {
        String l = t.get(j).lemma();
        String w = t.get(j).lower();
        if (j > subj && t.get(j).isVerb() && !t.get(j).pos().equals("VBN")) {
          break;
        }
        if (l.equals("hostage")) {
          kind = FigureKind.HOSTAGES_TAKEN;
        } else if ((FREE.contains(l) || FREE.contains(w)) && kind == FigureKind.HOSTAGES_TAKEN) {
          kind = FigureKind.HOSTAGES_FREED;
        } else if (DEAD.contains(l) || DEAD.contains(w)) {
          kind = kind == null ? FigureKind.KILLED : kind;
        } else if (HURT.contains(l) || HURT.contains(w)) {
          kind = FigureKind.INJURED;
        }
      }
      if (kind != null) {
        return new Classified(kind, "toll-" + t.get(verb).lemma(), Math.min(np2[0], np.first()),
            Math.max(np.last(), verb), true);
      }
    }
    return null;
  }
}
