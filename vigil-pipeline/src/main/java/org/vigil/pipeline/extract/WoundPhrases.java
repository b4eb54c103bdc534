package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * How a sentence says that someone was hurt or killed without the words "wounded" or "killed": "was taken to a
 * hospital", "with a gunshot wound", "treated for wounds", "suffered minor injuries", "struck by gunfire", "shot
 * to death". The count rules ({@link FigureRules}, {@link OneByOne}) ask these about a verb or a token.
 *
 * <p>Stateless and thread-safe.
 */
final class WoundPhrases {
  private WoundPhrases() {}

  /** What strikes someone who is shot: "struck by gunfire", "hit by a bullet". */
  private static final Set<String> GUNFIRE = Set.of("gunfire", "bullet", "gunshot", "shot", "round");

  /**
   * Whether a hospital follows within seven tokens ("was taken to a local hospital"), or further on at the end of
   * a hospital's own name that runs past them ("was flown to Cleveland Rainbow Babies and Children's Hospital", GVA
   * dev 1376: the seventh token fell inside the name, and the child flown there was no one hurt; Session 19,
   * hurt19a). A medical, trauma or health center is a hospital ({@link #careCenter}).
   */
  static boolean hospitalAfter(List<Token> t, int v) {
    int end = Math.min(t.size(), v + 8);
    for (int j = v + 1; j < end; j++) {
      if (t.get(j).lemma().equals("hospital") || careCenter(t, j)) {
        return true;
      }
      if (j + 1 == end && inName(t, j)) {
        end = Math.min(t.size(), Math.min(v + LONGEST_NAME, end + 1));
      }
    }
    return false;
  }

  /**
   * How far after the verb a hospital's name may end: "taken to Shock Trauma University of Maryland Medical Center".
   */
  private static final int LONGEST_NAME = 14;

  /** Whether token {@code j} is inside a proper name: a proper noun, or "of", "and", "&", "'s" after one. */
  private static final Set<String> NAME_LINKS = Set.of("of", "and", "&", "'s");

  private static boolean inName(List<Token> t, int j) {
    Token k = t.get(j);
    return k.pos().startsWith("NNP")
        || j > 0 && t.get(j - 1).pos().startsWith("NNP") && NAME_LINKS.contains(k.lower());
  }

  /** Words before "center" that make it a hospital: "North Memorial Medical Center", "a trauma center". */
  private static final Set<String> CARE = Set.of("medical", "trauma", "health");
  private static final Set<String> CENTER = Set.of("center", "centre");

  /**
   * Whether token {@code j} is a center of care, a hospital by another name: "taken to UC San Diego Medical
   * Center", "flown to a trauma center" (GVA dev: "two others were taken to North Memorial Medical Center" told no
   * one hurt).
   */
  static boolean careCenter(List<Token> t, int j) {
    return j > 0 && CENTER.contains(t.get(j).lemma()) && CARE.contains(t.get(j - 1).lower());
  }

  /**
   * Whether the verb is "wound" as the past of "wind" with its particle, and no hospital after it: "Three people wound
   * up dead" tells no one hurt (Session 16, hurt16b: read as three hurt beside the two dead); "wound up in the
   * hospital" does.
   */
  static boolean woundUp(List<Token> t, int v) {
    return t.get(v).lower().equals("wound") && v + 1 < t.size() && Set.of("up", "down").contains(t.get(v + 1).lower())
        && !hospitalAfter(t, v);
  }

  /** Object pronouns that shots are fired at: "two people shot at them". */
  private static final Set<String> FIRED_AT_PRONOUNS = Set.of("them", "him", "her", "us", "me");

  /**
   * Whether "shoot" or "fire" is aimed at people rather than hitting them: "allegedly shooting at 5 people",
   * "two people shot at them" (the shooters; Session 16, hurt16b: both read as a count of everyone shot). A count
   * tied to such a verb tells no one hit; "were shot at a party" or "shot at close range" aims at no person.
   */
  static boolean firedAt(Sentence s, int v) {
    List<Token> t = s.tokens();
    if (!Set.of("shoot", "fire").contains(t.get(v).lemma())) {
      return false;
    }
    if (v + 2 < t.size() && t.get(v + 1).lower().equals("at") && FIRED_AT_PRONOUNS.contains(t.get(v + 2).lower())) {
      return true;
    }
    return s.children(v, "obl").stream().anyMatch(o -> PersonWords.counts(t.get(o).lemma())
        && s.hasChild(o, "case", "at"));
  }

  private static final Set<String> WOUND_NOUNS = Set.of("wound", "injury");

  /** Whether "with a gunshot wound" or "with injuries" follows the token: "was taken to an ER with a gunshot wound". */
  static boolean woundAfter(List<Token> t, int v) {
    for (int j = v + 1; j + 1 < Math.min(t.size(), v + 12); j++) {
      if (t.get(j).lower().equals("with") && (t.subList(j + 1, Math.min(t.size(), j + 4)).stream()
          .anyMatch(k -> WOUND_NOUNS.contains(k.lemma())))) {
        return true;
      }
    }
    return false;
  }

  /** "were treated for wounds", "treated for gunshot wounds and released": hurt, in other words. */
  static boolean treatedForWounds(Sentence s, int v) {
    return s.children(v, "obl").stream().anyMatch(o -> WOUND_NOUNS.contains(s.tokens().get(o).lemma())
        && s.hasChild(o, "case", "for"));
  }

  /** Words that make a wound one its victim survives: "suffered minor injuries", "non-life-threatening wounds". */
  static final java.util.regex.Pattern NOT_FATAL = java.util.regex.Pattern.compile(
      "(?i)minor|superficial|non-?fatal|non-?life-?threatening|non-?critical");

  /** "her mom and the boyfriend suffered minor injuries": a wound its victim survives, so not one of the dead. */
  static boolean sufferedMinorWound(Sentence s, int v) {
    List<Token> t = s.tokens();
    if (!sufferedWound(s, v)) {
      return false;
    }
    List<Integer> objects = new ArrayList<>(s.children(v, "obj"));
    objects.addAll(s.children(v, "obl"));
    return objects.stream().filter(o -> WOUND_NOUNS.contains(t.get(o).lemma()))
        .anyMatch(o -> s.children(o, "amod").stream().anyMatch(m -> NOT_FATAL.matcher(t.get(m).lower()).matches()));
  }

  /**
   * "suffered a gunshot wound", "suffering from gunshot wounds", "sustained injuries": hurt, in other words; not a
   * blade's wound ("the man suffered a non-lifethreatening stab wound", GVA dev: the homeowner who shot the intruder,
   * none hurt by gunfire; GVA counts people shot).
   */
  static boolean sufferedWound(Sentence s, int v) {
    List<Token> t = s.tokens();
    if (!t.get(v).isVerb() || !Set.of("suffer", "sustain").contains(t.get(v).lemma())) {
      return false;
    }
    List<Integer> objects = new ArrayList<>(s.children(v, "obj"));
    objects.addAll(s.children(v, "obl"));
    return objects.stream().anyMatch(o -> WOUND_NOUNS.contains(t.get(o).lemma()) && !bladeWound(t, o));
  }

  /** Words of a blade right before a wound: "stab wound", "knife wounds". */
  private static final Set<String> BLADE = Set.of("stab", "knife", "stabbing");

  /** Whether the wound at {@code o} is a blade's: "stab" or "knife" one or two words before it. */
  static boolean bladeWound(List<Token> t, int o) {
    return o > 0 && BLADE.contains(t.get(o - 1).lower()) || o > 1 && BLADE.contains(t.get(o - 2).lower());
  }

  /**
   * "four teenagers who were struck by gunfire", "hit by a bullet", "gunfire struck Milner", "was struck in the left
   * arm" ({@link LimbWound}): shot, in other words.
   */
  static boolean struckByGunfire(Sentence s, int v) {
    String lemma = s.tokens().get(v).lemma();
    return LimbWound.struckIn(s, v)
        || (lemma.equals("strike") || lemma.equals("hit")) && (s.children(v, "obl").stream()
        .anyMatch(o -> GUNFIRE.contains(s.tokens().get(o).lemma()))
        || s.children(v, "nsubj").stream().anyMatch(o -> GUNFIRE.contains(s.tokens().get(o).lemma())));
  }

  /**
   * Whether "strike" or "hit" at {@code v}, with an object, follows shots fired in its sentence: "a man … opened fire
   * Sunday night outside a west side nightclub, striking five people" (Session 16, hurt16a, GVA dev). The count rules
   * read a counted object so as everyone shot; one person so struck ("shots were fired, striking the girl"), as often
   * the dead told again, counts only in an incident that tells no death ({@link FigureRules#STRUCK_AFTER_SHOTS};
   * Session 20, hurt20a). "Fire" only as a verb or after "open" (not a house fire).
   */
  static boolean struckAfterShots(Sentence s, int v) {
    return !s.children(v, "obj").isEmpty() && struckAfterFire(s.tokens(), v);
  }

  /**
   * Whether token {@code v} is "strike" or "hit" after shots fired earlier in its sentence, read from the words
   * alone: {@link #struckAfterShots} without the object, which {@link IncidentExtractor#needsParse} asks before the
   * parse ("… began firing, hitting the trooper in the left elbow" has no trigger word and was never parsed; Session
   * 20, hurt20a).
   */
  static boolean struckAfterFire(List<Token> t, int v) {
    if (!(t.get(v).lemma().equals("strike") || t.get(v).lemma().equals("hit"))) {
      return false;
    }
    for (int j = 0; j < v; j++) {
      Token k = t.get(j);
      if (GUNFIRE.contains(k.lemma()) || k.lemma().equals("fire") && (k.isVerb()
          || j > 0 && t.get(j - 1).lemma().equals("open"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a shooting verb says its victim died: "shot and killed", "fatally shot", "shot four people to death"; not
   * a death joined to it with a count of its own ("10 people were shot and one man was killed", GVA dev: one dead).
   */
  static boolean shotDead(Sentence s, int v) {
    List<Token> t = s.tokens();
    for (int c : s.children(v, "conj")) {
      if (FigureRules.DEAD.contains(t.get(c).lemma()) && !JoinedCount.ofItsOwn(s, c)
          && !UnrealHarm.denied(s, c)) { // "was shot but did not die"
        return true;
      }
    }
    for (int c : s.children(v, "advmod")) {
      if (t.get(c).lower().equals("fatally")) {
        return true;
      }
    }
    // "shot four people to death": the state after the object
    for (int c : s.children(v, "obl")) {
      if (t.get(c).lower().equals("death") && c > 0 && t.get(c - 1).lower().equals("to")) {
        return true;
      }
    }
    return v > 0 && t.get(v - 1).lower().equals("fatally") || toDeath(t, v);
  }

  /** Whether "to death" follows token {@code v}: "shot to death". */
  static boolean toDeath(List<Token> t, int v) {
    return v + 2 < t.size() && t.get(v + 1).lower().equals("to") && t.get(v + 2).lower().equals("death");
  }
}
