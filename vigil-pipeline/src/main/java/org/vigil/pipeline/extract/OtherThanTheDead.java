package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The one shared check that a person told hurt beside reported deaths is not one of those dead (Session 18, hurt18a).
 * A survivor told beside the dead ("A father was killed and his 4-year-old son was shot", "… suffered nonfatal
 * gunshot wounds", "a woman suffered a gunshot wound in her left hand") was lost at several separate points, each of
 * which took anyone hurt beside a death for the dead described again. Two questions, one per point of reading:
 * <ul>
 *   <li>{@link #told}: whether a figure of the hurt counted one by one, read in a sentence of its own, is told someone
 *       else than the dead: "also", alive now, hit in a limb, only carried to care ({@link IncidentFigures}'
 *       {@code oneOfTheDead} and the choice of the one who takes its place);
 *   <li>{@link #hurtBeside}: within a sentence that tells a death, the people a harm verb tells hurt who are others
 *       than the dead: the verb carries "also", or it is coordinated with the death verb with a subject of its own
 *       ({@link InjuredOneByOne#singleInjuries}).
 * </ul>
 * Stateless and thread-safe.
 */
final class OtherThanTheDead {
  private OtherThanTheDead() {}

  /**
   * Words that tell someone hurt is alive now: "remains in critical condition", "is expected to survive", "suffered
   * nonfatal gunshot wounds" (Session 18, hurt18a: "A 39-year-old man and a 26-year-old man … suffered nonfatal
   * gunshot wounds" beside a girl killed).
   */
  private static final Pattern ALIVE = Pattern.compile("(?i)"
      + "\\b(remains|is|was\\s+listed|is\\s+listed)\\s+(still\\s+)?(hospitali[sz]ed|in\\s+(critical|serious|stable|fair"
      + "|good|grave)\\b|listed|recovering)"
      + "|\\b(stable|fair|good)\\s+condition\\b|\\bnon-?\\s?life-?\\s?threatening|\\bnot\\s+life-?\\s?threatening"
      + "|\\bexpected\\s+to\\s+(survive|recover)\\b|\\bsurvived\\b|\\breleased\\s+from\\b"
      + "|\\bnon-?\\s?fatal\\b");

  /** Whether {@code sentence} tells someone hurt alive now. */
  static boolean alive(String sentence) {
    return ALIVE.matcher(sentence).find();
  }

  /**
   * Whether {@code f}, the hurt counted one by one in a sentence of their own, are told others than the dead: by
   * "also" ({@link AlsoOthers}), alive now ({@link #alive}), one newly introduced hit in a limb
   * ({@link LimbWound#besideTheDead}) or only carried to care ({@link #inCare}).
   *
   * @param text the article's text
   * @param f a figure of the hurt counted one by one, its evidence in {@code text}
   */
  static boolean told(String text, Figure f) {
    return AlsoOthers.told(text, f) || toldApart(text, f);
  }

  /**
   * Whether {@code f}'s own sentence tells its person apart from the dead without an "also": alive now, hit in a limb
   * beside the deaths, or only carried to care. {@link #told} less {@link AlsoOthers}; {@link IncidentFigures} asks it
   * when it chooses which person counted one by one takes the place of a count that was the dead's.
   */
  static boolean toldApart(String text, Figure f) {
    return alive(f.evidence().sentence().of(text)) || LimbWound.besideTheDead(text, f) || inCare(text, f);
  }

  /** Being carried to a hospital: "was airlifted to a hospital", "was rushed to the medical center". */
  private static final Pattern TO_CARE = Pattern.compile("(?i)\\b(taken|airlifted|flown|rushed|transported)\\s+to\\s+"
      + "(a|an|the)\\b(\\s+[\\w'-]+){0,3}?\\s+(hospital|medical\\s+center|trauma\\s+center)\\b");

  /** Words that tell a shot, which may tell the dead again: "A man was shot in the head and taken to a hospital". */
  private static final Pattern SHOT = Pattern.compile("(?i)\\b(shot|struck|hit|grazed|wounded|wounds?)\\b");

  /**
   * Whether {@code f} is one person introduced anew and told only carried to a hospital, no shot, no death in the
   * sentence or the next: "An 8-year-old child was airlifted to a hospital" after four people named dead (Session 21,
   * hurt21c) is someone beside them, alive; "A man was shot in the chest and taken to a hospital" may be the dead.
   */
  static boolean inCare(String text, Figure f) {
    String sentence = f.evidence().sentence().of(text);
    return TO_CARE.matcher(sentence).find() && !SHOT.matcher(sentence).find() && LimbWound.newlyIntroduced(text, f);
  }

  /** Verbs of a death a clause of harm may be coordinated with: "A father was killed and his son was shot". */
  private static final Set<String> DEATH_VERBS = Set.of("kill", "die", "murder", "slay");

  /** Verbs of harm by gunfire, which beside a death may tell the dead or another. */
  private static final Set<String> SHOT_VERBS = Set.of("shoot", "strike", "hit", "graze");

  /**
   * The people the harm verb at {@code v}, in a sentence that tells a death, tells hurt who are others than the dead,
   * or none: a verb of gunfire ("shot", "struck") or of a wound suffered, not fatal, either with "also" on it ("Along
   * with the three people found dead …, a woman also suffered a gunshot wound", Session 17, hurt17f; "The detainee also
   * shot a woman in the arm … before being fatally shot") or coordinated with the death verb with a subject of its own
   * ("A father was killed and his 4-year-old son was shot by a pair of masked men"; not "A man was shot and killed",
   * whose "shot" has no subject of its own, nor "… was killed and his son was shot dead").
   *
   * @param s the sentence, which tells a death
   * @param v a token of {@code s}
   * @return the tokens of the people hurt (subjects of a wound suffered or of a passive, objects of an active)
   */
  static List<Integer> hurtBeside(Sentence s, int v) {
    List<Token> t = s.tokens();
    Token verb = t.get(v);
    boolean suffered = WoundPhrases.sufferedWound(s, v);
    if (!verb.isVerb() || !(suffered || SHOT_VERBS.contains(verb.lemma())) || fatal(s, v)) {
      return List.of();
    }
    boolean also = s.hasChild(v, "advmod", "also");
    boolean besideDeath = "conj".equals(s.relation(v)) && s.head(v) >= 0
        && DEATH_VERBS.contains(t.get(s.head(v)).lemma()) && !s.children(v, "nsubj:pass").isEmpty();
    if (!also && !besideDeath) {
      return List.of();
    }
    List<Integer> people = new ArrayList<>();
    if (suffered) {
      people.addAll(s.children(v, "nsubj"));
    } else {
      people.addAll(s.children(v, "nsubj:pass"));
      people.addAll(s.children(v, "obj"));
    }
    return people;
  }

  /**
   * Whether the harm at {@code v} is told fatal: "fatally shot", "shot dead", "shot and killed" (a death verb
   * coordinated with it).
   */
  private static boolean fatal(Sentence s, int v) {
    List<Token> t = s.tokens();
    return s.children(v, "advmod").stream().anyMatch(m -> FigureRules.MORTALLY.contains(t.get(m).lower()))
        || s.children(v, "xcomp").stream().anyMatch(x -> Set.of("dead", "killed").contains(t.get(x).lower()))
        || s.children(v, "conj").stream().anyMatch(c -> DEATH_VERBS.contains(t.get(c).lemma()));
  }
}
