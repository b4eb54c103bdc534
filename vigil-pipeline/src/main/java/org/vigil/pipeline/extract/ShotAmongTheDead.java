package org.vigil.pipeline.extract;

import java.util.regex.Pattern;
import org.vigil.model.Figure;

/**
 * Everyone told shot, fewer than the dead and with no count of the hurt beside it, are some of the dead told again,
 * not survivors: "Investigators say … the man shot his family, including two children under the age of 5" beside
 * "Father kills wife, son, daughter, then himself" (GVA dev: four dead, none hurt; we read two hurt), "one of the
 * initial victims … was shot inside the house and another was shot outside" of "4 shot dead" (we read one hurt).
 * Not when the sentence of the shot tells them in care or hurt ("Another child was taken to a local hospital with
 * minor injuries" beside four found dead is a survivor). Session 15, hurt15b. Stateless.
 */
final class ShotAmongTheDead {
  private ShotAmongTheDead() {}

  /** Words of care or of a wound one lives with: then those shot are survivors. */
  private static final Pattern CARE = Pattern.compile("(?i)\\b(hospitali[sz]ed|hospitals?|injur(?:y|ies|ed)"
      + "|wounds?|wounded|condition|surviv\\w*|recover\\w*|treated|released|critical\\w*|stable)\\b");

  /**
   * Whether {@code shot}, a count of everyone shot, are some of {@code dead}: fewer than the dead, with no words of
   * care or of a wound in the sentence that counts them.
   *
   * @param text the article's text
   * @param shot the incident's count of everyone shot (rule {@link FigureRules#SHOT_TOTAL})
   * @param dead the incident's count of the dead
   */
  static boolean among(String text, Figure shot, Figure dead) {
    return shot.best() < dead.best() && !CARE.matcher(shot.evidence().sentence().of(text)).find();
  }
}
