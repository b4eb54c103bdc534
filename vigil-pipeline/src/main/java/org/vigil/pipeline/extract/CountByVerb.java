package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.CountReading.FREE;
import static org.vigil.pipeline.extract.FigureRules.DEAD;
import static org.vigil.pipeline.extract.FigureRules.HURT;
import static org.vigil.pipeline.extract.FigureRules.SHOT_TOTAL;
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
 * The last reading of {@link CountReading#classify}: what a count counts by the verbs that govern it ("killed five
 * people", "Two attackers were killed", "hostages freed", "the death toll rose to 15"), once no state next to the
 * number or its noun has read it. Stateless.
 */
final class CountByVerb {
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
  private static final Set<String> HOLD = Set.of("hold", "take", "seize", "captive", "trap");
  private static final Set<String> ARREST = Set.of("arrest", "detain", "capture", "apprehend", "nab");
  private static final Set<String> UPDATE = Set.of("rise", "raise", "climb", "increase", "reach", "jump", "hit",
      "revise", "stand", "grow", "mount", "lower", "reduce", "cut", "put", "bring", "top", "surpass", "exceed");
  /** Verbs that bring a counted group to a hospital: "two were taken to a hospital", "five went to the hospital". */
  private static final Set<String> TAKEN_TO = Set.of("take", "rush", "transport", "go", "end", "airlift");
  /** Words that make victims people hit by gunfire: "four gunshot victims", "the five shooting victims". */
  private static final Set<String> SHOT_VICTIMS = Set.of("gunshot", "shooting");

  private CountByVerb() {}

  /**
   * A count and what it counts, as {@link #read} works it out for its verbs.
   *
   * @param noun the counted noun, or -1
   * @param anchor the token the verbs govern: the counted noun, the number, or a "total" the noun hangs on
   * @param extra the people named one by one beside the counted ones ({@link CountedGroups#namedBeside})
   * @param people whether the count is of people (a person noun, a hostage, a bare number as subject or object)
   * @param perp whether the counted noun names attackers
   * @param hostage whether the counted noun is "hostage"
   */
  private record Count(Sentence s, NumberPhrase np, int noun, int anchor, int extra, boolean people, boolean perp,
      boolean hostage) {
  }

  /**
   * What the count {@code np} (with counted noun {@code noun}, or -1) counts by its governing verbs, in the order
   * {@link #governingVerbs} lists them, then a toll's update, a hostage noun, "gunshot victims"; null when none
   * reads it.
   */
  static Classified read(Sentence s, NumberPhrase np, int noun, boolean perp) {
    List<Token> t = s.tokens();
    int n = np.numberToken();
    int after = np.last() + 1;
    boolean hostage = noun >= 0 && t.get(noun).lemma().equals("hostage");
    boolean people = noun >= 0 && (counts(t.get(noun).lemma()) || hostage
        || t.get(noun).ner().equals("MISC") || perp);
    if (noun < 0 && after < t.size() && t.get(after).isVerb()) {
      people = true; // "five were killed"
    }
    // "shoots 4 relatives, killing 2": a bare number right after a harm verb counts people
    int harmBefore = np.first() - 1;
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
    List<Integer> verbs = governingVerbs(s, np, anchor, coordinated);
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
    Count count = new Count(s, np, noun, anchor, extra, people, perp, hostage);
    for (int v : verbs) {
      Classified read = byVerb(count, v);
      if (read != null) {
        return read;
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

  /**
   * The verbs that may say what a count counts, in the order they are read: the verb that governs the counted noun
   * (or the first of the nouns coordinated with it) as subject, object or oblique; participles attached to it; passive
   * participles coordinated with the governing verb; the verb just before the number; a headline's own participle;
   * then the complements of all of those.
   */
  private static List<Integer> governingVerbs(Sentence s, NumberPhrase np, int anchor, int coordinated) {
    List<Token> t = s.tokens();
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
    MisparsedParticiple.add(s, anchor, verbs); // "of the four people shot", "shot" a bare dep of "people"
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
    return verbs;
  }

  /**
   * What one governing verb {@code v} says the count counts: a death, a harm, everyone shot, a kidnapping, hostages
   * freed or taken, arrests; null when it says none of them (a negated verb, "fired at", a verb of no harm over a
   * count that is not of people), and the next verb is read.
   */
  private static Classified byVerb(Count c, int v) {
    Sentence s = c.s();
    List<Token> t = s.tokens();
    int n = c.np().numberToken();
    boolean perp = c.perp();
    if (UnrealHarm.negated(s, v)) {
      return null; // "two people in the home who were not hurt": no count of the hurt
    }
    String lemma = t.get(v).lemma();
    String word = t.get(v).lower();
    if (!c.people() && !(DEAD.contains(lemma) || HURT.contains(lemma)) || WoundPhrases.firedAt(s, v)) {
      return null;
    }
    int from = Math.min(v, n);
    int to = Math.max(v, c.anchor());
    FigureKind kind = null;
    // "shot dead", "confirmed dead", "found dead"
    boolean dead = s.hasChild(v, "xcomp", "dead")
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
      return new Classified(FigureKind.KILLED, "verb-shoot-dead", from, to, false, c.extra());
    } else if ((lemma.equals("shoot") || WoundPhrases.struckByGunfire(s, v)) && !perp
        && CountedGroups.beyondTheDead(s, v, c.noun(), c.extra())) {
      // "a woman and two other men were also shot": others than the dead, so hurt
      return new Classified(FigureKind.INJURED, "verb-shoot-others", from, to, false, c.extra());
    } else if ((lemma.equals("shoot") || WoundPhrases.struckByGunfire(s, v)
        || WoundPhrases.struckAfterShots(s, v)) && !perp) { // "opened fire …, striking five people"
      // "four people were shot": everyone hit, the dead among them; the incident keeps it as the injured count
      // only after taking away the dead it reports (IncidentFigures), and an explicit injured count wins
      return new Classified(FigureKind.INJURED, SHOT_TOTAL, from, to, false, c.extra());
    } else if (WoundPhrases.sufferedWound(s, v) && !perp) {
      // "found four people suffering from gunshot wounds": everyone hit, as found, the dead among them
      return new Classified(FigureKind.INJURED, SHOT_TOTAL, from, to, false, c.extra());
    } else if (TAKEN_TO.contains(lemma) && WoundPhrases.hospitalAfter(t, v) && !perp) {
      // "five people on the bus went to the hospital", "ended with five people in the hospital": everyone taken
      // there, as weak as everyone shot (the dead among them come off; an explicit count of the hurt wins)
      return new Classified(FigureKind.INJURED, SHOT_TOTAL, from, to, false, c.extra());
    } else if (KIDNAP.contains(lemma) || KIDNAP.contains(word)) {
      kind = FigureKind.KIDNAPPED;
    } else if ((FREE.contains(lemma) || FREE.contains(word)) && !WoundPhrases.hospitalAfter(t, v)) {
      kind = FigureKind.HOSTAGES_FREED; // not "four victims have been released from the hospital"
    } else if (ARREST.contains(lemma)) {
      kind = FigureKind.PERPETRATORS_ARRESTED;
    } else if (c.hostage() && HOLD.contains(lemma)) {
      kind = FigureKind.HOSTAGES_TAKEN;
    }
    if (kind == null) {
      return null;
    }
    boolean human = kind == FigureKind.KILLED || kind == FigureKind.INJURED;
    return new Classified(kind, "verb-" + lemma, from, to, false, human ? c.extra() : 0);
  }

  /** A participle coordinated with a verb, without a subject or object of its own, that tells no death. */
  private static boolean sharedParticiple(Sentence s, int c) {
    Token k = s.tokens().get(c);
    return k.pos().equals("VBN") && s.children(c, "nsubj").isEmpty() && s.children(c, "nsubj:pass").isEmpty()
        && s.children(c, "obj").isEmpty() && !DEAD.contains(k.lemma()) && !DEAD.contains(k.lower());
  }
}
