package org.vigil.pipeline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;

/**
 * An unborn child among the dead, whom the Gun Violence Archive mostly leaves out of its count of the killed: "Five
 * adults and an unborn child were killed", "the shooting that left five people and an unborn baby dead", "killing six
 * people, including an unborn child" (GVA dev: five killed, in three of the four incidents whose articles tell one);
 * nor among the hurt ("The other people who were shot that night, including a woman who was eight months pregnant and
 * her then-unborn baby, are expected to survive" of "he and six others were shot": GVA 6 hurt, we read 7; Session 15,
 * hurt15b). Stateless.
 */
final class Unborn {
  private Unborn() {}

  /** An unborn child told as one of the dead just counted: ", including an unborn child". */
  private static final Pattern INCLUDED = Pattern.compile(
      "(?i)^[^.;:]{0,30}?\\bincluding\\s+(?:(?:an?|one|the|her|their|his)\\s+)?unborn\\b");

  /** Whether the noun {@code noun} is an unborn child: "an unborn baby", "their unborn son". */
  static boolean named(Sentence s, int noun) {
    return s.hasChild(noun, "amod", "unborn");
  }

  /**
   * The count of the dead {@code f} less the unborn child the words after it include ("killing six people, including
   * an unborn child": five), else {@code f} as it is.
   */
  /** An unborn child told among those shot or hurt: "… who were shot …, including … her then-unborn baby". */
  private static final Pattern AMONG = Pattern.compile("(?i)\\bincluding\\b[^.;:]{0,80}?\\b(?:then-)?unborn\\s+"
      + "(?:baby|child|son|daughter|girl|boy)\\b");

  /** Words of harm that make the sentence of the unborn one of those hurt, not of the dead. */
  private static final Pattern HURT = Pattern.compile("(?i)\\b(shot|wounded|injured|hurt|survive|recover)\\b");

  /**
   * Words of a death: then the unborn is told among the dead ("the deaths of six people, including an unborn baby").
   */
  private static final Pattern DEATH = Pattern.compile("(?i)\\b(dead|died|dies|killed|killing|fatal\\w*|deaths?"
      + "|slain|murder\\w*|homicides?)\\b");

  /**
   * The count of the hurt {@code injured} less the unborn child an incident's sentence tells among those shot or hurt,
   * with no death in that sentence; else {@code injured} as it is (which may be null).
   *
   * @param text the article's text
   * @param sentences the incident's sentences
   * @param injured the incident's count of the hurt, or null
   */
  static Figure notAmongTheHurt(String text, List<Sentence> sentences, Figure injured) {
    if (injured == null || injured.best() < 2) {
      return injured;
    }
    for (Sentence s : sentences) {
      String sentence = s.span().of(text);
      if (AMONG.matcher(sentence).find() && HURT.matcher(sentence).find()
          && !DEATH.matcher(sentence).find()) {
        return IncidentFigures.shifted(injured, -1, injured.phrase() + " - 1 unborn", injured.rule());
      }
    }
    return injured;
  }

  static Figure leftOut(String text, Sentence s, Figure f) {
    if (f.kind() != FigureKind.KILLED || f.best() < 2
        || !INCLUDED.matcher(text.substring(f.evidence().span().end(), s.span().end())).find()) {
      return f;
    }
    return IncidentFigures.shifted(f, -1, f.phrase() + " - 1 unborn", f.rule());
  }
}
