package org.vigil.pipeline.extract;

import java.util.regex.Pattern;
import org.vigil.model.Figure;

/**
 * One told wounded and, in the same sentence, dead of it: "A 4-year girl has died after she was wounded in … an
 * apparent murder-suicide" (GVA dev: two dead, none hurt; we read one hurt), "A … toddler who was critically injured
 * after accidentally shooting himself in the face has died" (one dead, none hurt). The wounded is told by a pronoun
 * or a relative clause, so the one who died is that one, not another ("Two men died and a boy was wounded" stays).
 * Session 15, hurt15b. Stateless.
 */
final class WoundedThenDied {
  private WoundedThenDied() {}

  /** The wounded told as someone named before: "she was wounded", "toddler who was critically injured". */
  private static final Pattern SAME_ONE = Pattern.compile("(?i)^(he|she)\\b|\\bwho\\b");

  /** A death told as what became of someone: "has died", "died", "succumbed". */
  private static final Pattern DIED = Pattern.compile("(?i)\\b(died|dies|succumbed)\\b");

  /**
   * Whether {@code wounded}, one counted one by one, is told dead in its own sentence.
   *
   * @param text the article's text
   * @param wounded one of the hurt counted one by one
   */
  static boolean died(String text, Figure wounded) {
    return wounded.best() == 1 && SAME_ONE.matcher(wounded.evidence().text()).find()
        && DIED.matcher(wounded.evidence().sentence().of(text)).find();
  }
}
