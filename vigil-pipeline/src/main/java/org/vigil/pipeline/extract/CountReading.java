package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.FigureRules.CLAUSE_OPENERS;
import static org.vigil.pipeline.extract.FigureRules.DEAD;
import static org.vigil.pipeline.extract.FigureRules.HURT;
import static org.vigil.pipeline.extract.FigureRules.SHOT_TOTAL;
import static org.vigil.pipeline.extract.FigureRules.STATES_HURT;
import static org.vigil.pipeline.extract.PersonWords.counted;
import static org.vigil.pipeline.extract.PersonWords.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.extract.FigureRules.Classified;

/**
 * What one number phrase counts ({@link #classify}), for {@link FigureRules#figures}: the counted noun after the
 * number and the state next to it ("two dead", "left one man dead and six others wounded", a headline's "7 Shot, 3
 * Dead"), else the verb that governs it ("killed five people", "Two attackers were killed", "hostages freed"). A
 * toll's update is {@link TollUpdates}'. Stateless.
 */
final class CountReading {
  /**
   * Plural nouns a harm verb counts that are not people: things ("wounded three times") and animals ("108,780 deer
   * had been killed" in a hunting season's tally).
   */
  private static final Set<String> NOT_BEINGS = Set.of("time", "round", "shot", "bullet", "year", "month", "week",
      "day", "hour", "minute", "second", "count", "charge", "building", "house", "home", "car", "vehicle",
      "percent", "dollar", "case", "incident", "shooting", "attack", "wound", "injury", "death", "foot", "mile",
      "yard", "place", "location", "area", "deer", "animal", "dog", "cat", "horse", "cow", "cattle", "sheep",
      "goat", "pig", "bird", "elk", "bear", "wolf", "coyote", "livestock", "pet", "puppy", "chicken", "turkey");
  private static final Set<String> KIDNAP = Set.of("kidnap", "abduct", "snatch", "kidnapped", "abducted");
  static final Set<String> FREE = Set.of("free", "release", "rescue", "liberate", "freed", "released",
      "rescued", "evacuate");
  private static final Set<String> HOLD = Set.of("hold", "take", "seize", "captive", "trap");
  private static final Set<String> ARREST = Set.of("arrest", "detain", "capture", "apprehend", "nab");
  private static final Set<String> UPDATE = Set.of("rise", "raise", "climb", "increase", "reach", "jump", "hit",
      "revise", "stand", "grow", "mount", "lower", "reduce", "cut", "put", "bring", "top", "surpass", "exceed");
  /** Verbs that bring a counted group to a hospital: "two were taken to a hospital", "five went to the hospital". */
  private static final Set<String> TAKEN_TO = Set.of("take", "rush", "transport", "go", "end", "airlift");

  private CountReading() {}

  static Classified classify(Sentence s, NumberPhrase np) {
    List<Token> t = s.tokens();
    int n = np.numberToken();
    int after = np.last() + 1;
    int bodies = BodiesOf.before(t, np.first(), np.last()); // "The bodies of 3 victims were found"
    if (bodies >= 0) {
      return new Classified(FigureKind.KILLED, "number-dead", bodies, Math.min(t.size() - 1, after), false);
    }
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
      // "one seriously wounded", "one critically injured": an adverb before the participle
      if (!(k.pos().startsWith("JJ") || k.pos().equals("VBN") || k.pos().equals("HYPH")
          || k.pos().equals("RB") && j + 1 < t.size() && HURT.contains(t.get(j + 1).lower()))) {
        break;
      }
      if (DEAD.contains(k.lemma()) || DEAD.contains(k.lower())) {
        return new Classified(FigureKind.KILLED, "number-dead", n, j, false);
      }
      if (HURT.contains(k.lower())) {
        return new Classified(FigureKind.INJURED, "number-injured", n, j, false);
      }
    }
    // "11-year-old, 2 teens among 4 shot": a part of the group counted after "among", which is the count
    if (noun >= 0 && noun + 2 < t.size() && t.get(noun + 1).lower().equals("among")
        && t.get(noun + 2).pos().equals("CD")) {
      return null;
    }
    // "two of the attackers", "five of them": the counted noun follows "of"
    if (noun < 0 && after + 1 < t.size() && t.get(after).lower().equals("of")) {
      for (int j = after + 1; j < Math.min(t.size(), after + 5); j++) {
        if (t.get(j).isNoun()) {
          noun = j;
          break;
        }
        if (!(t.get(j).pos().equals("DT") || t.get(j).pos().startsWith("JJ") || t.get(j).pos().equals("PRP$"))) {
          break;
        }
      }
    }
    // "… four victims wounded, two of them already dead": the state a few words past "of them"
    if (noun < 0 && after + 1 < t.size() && t.get(after).lower().equals("of")
        && Set.of("them", "whom").contains(t.get(after + 1).lower())) {
      for (int j = after + 2; j < Math.min(t.size(), after + 5); j++) {
        if (t.get(j).lower().equals("dead")) {
          return new Classified(FigureKind.KILLED, "number-dead", n, j, false);
        }
      }
    }
    if (after < t.size()) {
      Token a = t.get(after);
      // "Four teens shot, one fatally": the one is among the dead
      if (a.lower().equals("fatally") && (after + 1 >= t.size() || !t.get(after + 1).isVerb())) {
        return new Classified(FigureKind.KILLED, "number-fatally", n, after, false);
      }
      if (DEAD.contains(a.lower()) || a.lemma().equals("death") || a.lemma().equals("fatality")
          || a.lemma().equals("body")) {
        return new Classified(FigureKind.KILLED, "number-dead", n, after, false);
      }
      if (HURT.contains(a.lower()) || a.lemma().equals("injury")) {
        return new Classified(FigureKind.INJURED, "number-injured", n, after, false);
      }
    }
    boolean perp = noun >= 0 && Lexicon.PERPETRATOR_NOUNS.contains(t.get(noun).lemma());
    // "left one man dead and six others wounded": the state right after the counted noun (the parse often reads
    // "six others" as the subject of "wounded")
    if (noun >= 0 && noun + 1 < t.size() && (counts(t.get(noun).lemma()) || perp)) {
      String state = t.get(noun + 1).lower();
      if (state.equals("dead")) {
        return new Classified(perp ? FigureKind.PERPETRATORS_KILLED : FigureKind.KILLED, "number-noun-dead", n,
            noun + 1, false);
      }
      if (STATES_HURT.contains(state)) {
        return new Classified(FigureKind.INJURED, "number-noun-injured", n, noun + 1, false);
      }
      // "left four troops including the gunman dead and 16 others injured": the state a little further on
      FigureKind left = leftInState(s, noun);
      if (left != null) {
        return new Classified(perp && left == FigureKind.KILLED ? FigureKind.PERPETRATORS_KILLED : left,
            "number-left-" + (left == FigureKind.KILLED ? "dead" : "injured"), n, noun, false);
      }
      // "the identities of two men shot and killed in a house party"
      if (state.equals("shot") && !perp && noun + 3 < t.size() && t.get(noun + 2).lower().equals("and")
          && t.get(noun + 3).lemma().equals("kill")) {
        return new Classified(FigureKind.KILLED, "number-noun-dead", n, noun + 3, false);
      }
      // a headline's "3 people shot to death at home"
      if (state.equals("shot") && !perp && WoundPhrases.toDeath(t, noun + 1)) {
        return new Classified(FigureKind.KILLED, "number-noun-dead", n, noun + 3, false);
      }
      // a headline's "Four teens shot after party": everyone hit, like "four teens were shot"; "6 others shot"
      // beside one killed: those besides the dead, so hurt
      if (state.equals("shot") && !perp && (headlineClause(s, np.first()) || among(s, np.first()))) {
        return new Classified(FigureKind.INJURED, t.get(noun).lemma().equals("other") ? "verb-shoot-others"
            : SHOT_TOTAL, n, noun + 1, false);
      }
    }
    // "7 Shot, 3 Dead after drive-by" ("4 Shot to Death in …": killed)
    if ((noun < 0 || noun == after) && after < t.size() && t.get(after).lower().equals("shot")
        && (headlineClause(s, np.first()) || among(s, np.first()))
        && (after + 1 >= t.size() || !t.get(after + 1).isVerb())) {
      return WoundPhrases.toDeath(t, after) ? new Classified(FigureKind.KILLED, "number-dead", n, after + 2, false)
          : new Classified(FigureKind.INJURED, SHOT_TOTAL, n, after, false);
    }
    boolean hostage = noun >= 0 && t.get(noun).lemma().equals("hostage");
    boolean people = noun >= 0 && (counts(t.get(noun).lemma()) || hostage
        || t.get(noun).ner().equals("MISC") || perp);
    if (noun < 0 && after < t.size() && t.get(after).isVerb()) {
      people = true; // "five were killed"
    }
    // "shoots 4 relatives, killing 2": a bare number right after a harm verb counts people
    int harmBefore = np.first() - 1;
    // a headline's "Early morning shooting wounds four", "shooting wounds 4, kills 1", "…, wounds 9": the verb
    // tagged a plural noun, after the shooting, a shooter or a comma
    if (noun < 0 && harmBefore >= 1 && t.get(harmBefore).lower().equals("wounds")
        && !t.get(harmBefore).isVerb() && (Set.of("shooting", "gunfire").contains(t.get(harmBefore - 1).lower())
            || Lexicon.PERPETRATOR_NOUNS.contains(t.get(harmBefore - 1).lemma())
            || CLAUSE_OPENERS.contains(t.get(harmBefore - 1).word()))) {
      return new Classified(FigureKind.INJURED, "verb-wound", harmBefore, np.last(), false);
    }
    if (noun < 0 && harmBefore >= 0 && t.get(harmBefore).isVerb()
        && Set.of("kill", "wound", "injure", "shoot", "murder").contains(t.get(harmBefore).lemma())) {
      people = true;
    }
    // a verb governing the counted noun, or the number itself: "killed five people", "Two attackers were killed",
    // "hostages freed"
    int anchor = noun >= 0 ? noun : n;
    // "a total of 38 British tourists were killed": the verb governs "total"
    if (s.head(anchor) >= 0 && "nmod".equals(s.relation(anchor))
        && Set.of("total", "number", "group", "majority").contains(t.get(s.head(anchor)).lemma())) {
      anchor = s.head(anchor);
    }
    // "a woman and two other men were shot", "two men and a woman were killed": the verb governs the first of the
    // coordinated nouns, and the people named one by one beside the counted ones add to the count (a list of
    // counts, "killed: 17 tourists, two gunmen, …", is a breakdown, whose parts are not counted again)
    int coordinated = anchor;
    if ("conj".equals(s.relation(anchor)) && s.head(anchor) >= 0 && !counted(s, s.head(anchor))) {
      coordinated = s.head(anchor);
    }
    int extra = noun >= 0 ? CountedGroups.namedBeside(s, coordinated, anchor) : 0;
    int verb = s.head(coordinated);
    String rel = s.relation(coordinated);
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
    // "the three other teens survived but were also hit and injured by gunfire": passive participles coordinated
    // with the governing verb that share its subject, read after it (not an active verb, whose subject is its agent:
    // "two other men came up and started shooting"; not a death, which the parse often gives the wrong subject)
    if (verb >= 0 && rel != null && rel.startsWith("nsubj")) {
      for (int c : s.children(verb, "conj")) {
        if (sharedParticiple(s, c)) {
          verbs.add(c);
          for (int d : s.children(c, "conj")) {
            if (sharedParticiple(s, d)) {
              verbs.add(d);
            }
          }
        }
      }
    }
    // the verb just before: "killing five", "left 20 dead", "wounded 14"
    int before = np.first() - 1;
    if (before >= 0 && t.get(before).isVerb()) {
      verbs.add(before);
    }
    HeadlineDeaths.ownParticipleFirst(s, before, anchor, verbs); // "That Killed Woman, Injured 2 Officers"
    // "three people were found shot to death": the state the verb's complement gives
    for (int v : List.copyOf(verbs)) {
      verbs.addAll(s.children(v, "xcomp"));
    }
    // "the number of hostages freed was raised to 32", "the death toll rose to 15", "lowered the death toll … to
    // 253"
    if (verb >= 0 && UPDATE.contains(t.get(verb).lemma())) {
      Classified toll = TollUpdates.toll(s, verb, np);
      if (toll != null) {
        return toll;
      }
    }
    // "the death toll … is at least 253": the number is the predicate of a copula
    if (!s.children(n, "cop").isEmpty()) {
      Classified toll = TollUpdates.toll(s, n, np);
      if (toll != null) {
        return toll;
      }
    }
    // "nine of its congregants were killed": any plural noun counted as killed or wounded is people (but not
    // "shot three times")
    boolean beings = noun >= 0 && t.get(noun).pos().equals("NNS") && !NOT_BEINGS.contains(t.get(noun).lemma());
    if (!people && !beings) {
      return null;
    }
    for (int v : verbs) {
      if (UnrealHarm.negated(s, v)) {
        continue; // "two people in the home who were not hurt": no count of the hurt
      }
      String lemma = t.get(v).lemma();
      String word = t.get(v).lower();
      if (!people && !(DEAD.contains(lemma) || HURT.contains(lemma)) || WoundPhrases.firedAt(s, v)) {
        continue;
      }
      FigureKind kind = null;
      // "shot dead", "confirmed dead", "found dead"
      boolean dead = s.children(v, "xcomp").stream().anyMatch(x -> t.get(x).lower().equals("dead"))
          || v + 1 < t.size() && t.get(v + 1).lower().equals("dead");
      if (DEAD.contains(lemma) || DEAD.contains(word) || dead) {
        kind = perp ? FigureKind.PERPETRATORS_KILLED : FigureKind.KILLED;
      } else if ((HURT.contains(lemma) || HURT.contains(word)) && !WoundPhrases.woundUp(t, v)
          || lemma.equals("hospitalize")
          || lemma.equals("treat") && WoundPhrases.treatedForWounds(s, v)
          || lemma.equals("send") && WoundPhrases.hospitalAfter(t, v)
          || WoundPhrases.sufferedWound(s, v) && !s.children(v, "obj").isEmpty()) {
        // "five people were hospitalized", "a shooting that sent 4 people to the hospital", "four men suffered
        // injuries" (not "two are in critical condition": often some of those shot, and an explicit count would
        // replace everyone shot; "two were taken to a hospital" is counted below, as weakly as everyone shot)
        kind = FigureKind.INJURED;
      } else if ((lemma.equals("shoot") || WoundPhrases.struckByGunfire(s, v)) && !perp && WoundPhrases.shotDead(s, v)) {
        // "two men were shot and killed", "fatally shot", "shot to death"
        return new Classified(FigureKind.KILLED, "verb-shoot-dead", Math.min(v, n), Math.max(v, anchor), false,
            extra);
      } else if ((lemma.equals("shoot") || WoundPhrases.struckByGunfire(s, v)) && !perp && CountedGroups.beyondTheDead(s, v, noun, extra)) {
        // "a woman and two other men were also shot": others than the dead, so hurt
        return new Classified(FigureKind.INJURED, "verb-shoot-others", Math.min(v, n), Math.max(v, anchor), false,
            extra);
      } else if ((lemma.equals("shoot") || WoundPhrases.struckByGunfire(s, v)
          || WoundPhrases.struckAfterShots(s, v)) && !perp) { // "opened fire …, striking five people"
        // "four people were shot": everyone hit, the dead among them; the incident keeps it as the injured count
        // only after taking away the dead it reports (IncidentExtractor), and an explicit injured count wins
        return new Classified(FigureKind.INJURED, SHOT_TOTAL, Math.min(v, n), Math.max(v, anchor), false, extra);
      } else if (WoundPhrases.sufferedWound(s, v) && !perp) {
        // "found four people suffering from gunshot wounds": everyone hit, as found, the dead among them
        return new Classified(FigureKind.INJURED, SHOT_TOTAL, Math.min(v, n), Math.max(v, anchor), false, extra);
      } else if (TAKEN_TO.contains(lemma) && WoundPhrases.hospitalAfter(t, v) && !perp) {
        // "five people on the bus went to the hospital", "ended with five people in the hospital": everyone taken
        // there, as weak as everyone shot (the dead among them come off; an explicit count of the hurt wins)
        return new Classified(FigureKind.INJURED, SHOT_TOTAL, Math.min(v, n), Math.max(v, anchor), false, extra);
      } else if (KIDNAP.contains(lemma) || KIDNAP.contains(word)) {
        kind = FigureKind.KIDNAPPED;
      } else if ((FREE.contains(lemma) || FREE.contains(word)) && !WoundPhrases.hospitalAfter(t, v)) {
        kind = FigureKind.HOSTAGES_FREED; // not "four victims have been released from the hospital"
      } else if (ARREST.contains(lemma)) {
        kind = FigureKind.PERPETRATORS_ARRESTED;
      } else if (hostage && HOLD.contains(lemma)) {
        kind = FigureKind.HOSTAGES_TAKEN;
      }
      if (kind != null) {
        boolean human = kind == FigureKind.KILLED || kind == FigureKind.INJURED;
        return new Classified(kind, "verb-" + lemma, Math.min(v, n), Math.max(v, anchor), false,
            human ? extra : 0);
      }
    }
    if (hostage) {
      return new Classified(FigureKind.HOSTAGES_TAKEN, "number-hostages", n, noun, false);
    }
    // "officers found four gunshot victims": everyone hit, the dead among them, whatever the verb
    if (noun > 0 && t.get(noun).lemma().equals("victim") && SHOT_VICTIMS.contains(t.get(noun - 1).lower())) {
      return new Classified(FigureKind.INJURED, SHOT_TOTAL, n, noun, false);
    }
    return null;
  }

  /** Words that make victims people hit by gunfire: "four gunshot victims", "the five shooting victims". */
  private static final Set<String> SHOT_VICTIMS = Set.of("gunshot", "shooting");

  /** Whether a count opens a clause without a verb before it: a headline's "Four teens shot", "7 Shot, 3 Dead". */
  private static boolean headlineClause(Sentence s, int first) {
    List<Token> t = s.tokens();
    return first == 0 || CLAUSE_OPENERS.contains(t.get(first - 1).word());
  }

  /** A participle coordinated with a verb, without a subject or object of its own, that tells no death. */
  private static boolean sharedParticiple(Sentence s, int c) {
    Token k = s.tokens().get(c);
    return k.pos().equals("VBN") && s.children(c, "nsubj").isEmpty() && s.children(c, "nsubj:pass").isEmpty()
        && s.children(c, "obj").isEmpty() && !DEAD.contains(k.lemma()) && !DEAD.contains(k.lower());
  }

  /** Whether a count is the group a victim is among: "7-year-old boy among 4 shot" (everyone shot, the boy too). */
  private static boolean among(Sentence s, int first) {
    return first > 0 && s.tokens().get(first - 1).lower().equals("among");
  }

  /**
   * The state a count is left in when words stand between it and the state: "left four troops including the gunman
   * dead", up to the next count or clause; null when there is none.
   */
  private static FigureKind leftInState(Sentence s, int noun) {
    List<Token> t = s.tokens();
    int verb = s.head(noun);
    if (verb < 0 || !"obj".equals(s.relation(noun)) || !t.get(verb).lemma().equals("leave")) {
      return null;
    }
    int end = Math.min(t.size(), noun + 7);
    for (int j = noun + 1; j < end; j++) {
      int past = NotACount.pastAges(t, j); // "left four other teens — ages 14, 16, 17 and 18 — injured"
      if (past > j) {
        end = Math.min(t.size(), end + past - j);
        j = past - 1;
        continue;
      }
      String w = t.get(j).lower();
      if (w.equals("dead")) {
        return FigureKind.KILLED;
      }
      if (STATES_HURT.contains(w)) {
        return FigureKind.INJURED;
      }
      if (w.equals("and") || CLAUSE_OPENERS.contains(w) || t.get(j).pos().equals("CD")) {
        return null;
      }
    }
    return null;
  }
}
