package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * An explicit count of the hurt that counts a part of everyone shot, not all of them: a group named by a narrower
 * word than "people" ("two Cops Wounded" in a headline over "Five people were shot …, including two men who were
 * killed and two police officers", GVA dev: three hurt, not two), or told as others beside someone ("The boy was shot
 * … The four other victims hit by flying bullets" beside "Five people were shot": five, not four; "two men, one 17
 * and the other 21, suffered a gunshot wounds, a 49-year-old woman was shot …" beside "he allegedly shot five people":
 * five, not two), or as "another" beside a death ("Firefighter Shot, Killed …; Another Seriously Wounded" over
 * "striking the two firefighters and his brother": two hurt; Session 20, hurt20a). Session 17, hurt17a. Such a part
 * does not take the place of a larger count of everyone shot, told of people at large or naming others beside a
 * group, that leaves more hurt once the dead are taken off; the count of everyone shot stands, and the dead come off
 * it as usual. Stateless.
 */
final class PartOfEveryoneShot {
  private PartOfEveryoneShot() {}

  /** The words that count people at large, as a count of everyone shot does: "five people were shot". */
  private static final Set<String> AT_LARGE = Set.of("people", "person", "victim", "individual", "casualty");

  /**
   * The incident's count of the hurt with everyone shot in its place where the count is a part of them ({@code
   * figures}' INJURED replaced by the largest count of everyone shot in {@code counted}).
   *
   * @param text the article's text
   * @param counted the incident's sentences whose figures count (round-ups left out), in text order
   * @param found the figures found in each sentence, by sentence index
   * @param figures the incident's figures as the first reconciliation left them; INJURED may be replaced
   */
  static void restore(String text, List<Sentence> counted, List<List<FigureRules.Found>> found,
      Map<FigureKind, Figure> figures) {
    Figure hurt = figures.get(FigureKind.INJURED);
    if (hurt == null || hurt.rule().equals(FigureRules.SHOT_TOTAL) || hurt.rule().equals(FigureRules.SINGULAR)
        || hurt.rule().equals(FigureRules.SINGULAR_WOUNDED)) {
      return;
    }
    boolean part = part(text, counted, hurt);
    // "Another Seriously Wounded": one more of the kind named before, a part only of a count that names others
    boolean onlyAnother = !part && tokens(counted, hurt).stream().anyMatch(k -> k.lower().equals("another"));
    if (!part && !onlyAnother) {
      return;
    }
    Figure dead = figures.get(FigureKind.KILLED);
    int killed = dead == null ? 0 : dead.best();
    Figure whole = null;
    for (Sentence s : counted) {
      for (FigureRules.Found f : found.get(s.index())) {
        Figure shot = f.figure();
        if (shot.kind() == FigureKind.INJURED && shot.rule().equals(FigureRules.SHOT_TOTAL)
            && (whole == null || shot.best() > whole.best())
            && (onlyAnother ? namesOthersBeside(shot) : atLarge(counted, shot))) {
          whole = shot;
        }
      }
    }
    if (whole != null && whole.best() - killed > hurt.best()) {
      figures.put(FigureKind.INJURED, whole);
    }
  }

  /**
   * Whether a count names a part of those shot: "other(s)" in it ("the four other victims") where its sentence tells
   * no death (beside a death, "One man died and four others were wounded", the others are all the rest as told), or
   * a person word narrower than people at large ("two cops", "two men") and none at large. ("Another" is a part only
   * of a count that names others beside its group: {@link #restore}.)
   */
  private static boolean part(String text, List<Sentence> counted, Figure f) {
    boolean narrower = false;
    for (Token k : tokens(counted, f)) {
      if (k.lemma().equals("other") || k.lower().equals("others")) {
        return !IncidentFigures.DEATHS.matcher(f.evidence().sentence().of(text)).find();
      }
      if (AT_LARGE.contains(k.lemma())) {
        return false;
      }
      narrower |= k.isNoun() && (PersonWords.counts(k.lemma()) || Lexicon.OFFICERS.contains(k.lemma()));
    }
    return narrower;
  }

  /**
   * Whether a count of everyone shot counts people at large by its words ("five people were shot", "shot five
   * people") or names other people beside its group ({@link #namesOthersBeside}), not others or a narrower group, and
   * not as a tally over time ("Four people have been shot since Tuesday morning across the city"). A bare number is no
   * such count: "Jamie C., 22 was shot in both legs" is an age read as everyone shot (GVA dev, first 400: 22 hurt).
   */
  private static boolean atLarge(List<Sentence> counted, Figure f) {
    if (namesOthersBeside(f)) {
      return true;
    }
    boolean atLarge = false;
    for (Token k : tokens(counted, f)) {
      if (k.lemma().equals("other") || k.lower().equals("others") || TALLY.contains(k.lower())) {
        return false;
      }
      if (k.isNoun() && !AT_LARGE.contains(k.lemma())
          && (PersonWords.counts(k.lemma()) || Lexicon.OFFICERS.contains(k.lemma()))) {
        return false;
      }
      atLarge |= AT_LARGE.contains(k.lemma());
    }
    return atLarge;
  }

  /**
   * Whether a count adds people named beside its counted group ({@link FigureRules} writes them " + N" after its
   * phrase): "striking the two firefighters and his brother", "shot two police officers and four civilians" count
   * every kind of people they name, not one narrower group (Session 20, hurt20a).
   */
  private static boolean namesOthersBeside(Figure f) {
    return f.phrase().contains(" + ");
  }

  /** The auxiliaries of a present perfect, which tells a tally over time ("have been shot since …"). */
  private static final Set<String> TALLY = Set.of("have", "has");

  /** The tokens of a figure's evidence, in the incident's sentence that holds it (none when it is not there). */
  private static List<Token> tokens(List<Sentence> counted, Figure f) {
    Span span = f.evidence().span();
    for (Sentence s : counted) {
      if (s.span().equals(f.evidence().sentence())) {
        return s.tokens().stream().filter(k -> k.begin() >= span.start() && k.end() <= span.end()).toList();
      }
    }
    return List.of();
  }
}
