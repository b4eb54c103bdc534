package org.vigil.pipeline.extract;

import java.util.Map;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;

/**
 * A suspect killed by others (the police, an armed resident) is most often the one person dead that the one-by-one
 * rules read in another sentence: "Police officer fatally shoots man in Selma" … "the suspect was killed", "Man dead
 * in officer-involved shooting" … "the suspect was pronounced dead". GVA counts him once, so one victim killed
 * counted one by one beside one perpetrator killed who did not die by his own hand is that perpetrator told again.
 * A killer's suicide ("turned the gun on himself", "murder-suicide") is no such case: his victims are others.
 * Measured on GVA articles 401–2,000 (session 12, kill12) before it was built: of the incidents with one victim
 * counted one by one and a suspect killed not by his own hand, 7 of 8 had one dead. Stateless.
 */
final class DeadSuspect {
  private DeadSuspect() {}

  /** Words of a killer's own death by his hand, in the sentence that tells the perpetrator dead. */
  private static final Pattern OWN_HAND = Pattern.compile(
      "(?i)\\b(himself|herself|self|self-inflicted|suicide|murder-suicide|own life)\\b");

  /**
   * Drops from {@code figures} the one victim killed counted one by one when one perpetrator killed, not by his own
   * hand, stands beside it: the dead are that perpetrator alone.
   *
   * @param text the article's text
   * @param figures the incident's figures by kind, changed in place
   */
  static void toldTwice(String text, Map<FigureKind, Figure> figures) {
    Figure dead = figures.get(FigureKind.KILLED);
    Figure perpetrator = figures.get(FigureKind.PERPETRATORS_KILLED);
    if (dead == null || perpetrator == null || dead.best() != 1 || perpetrator.best() != 1
        || !dead.rule().equals(FigureRules.SINGULAR)
        || OWN_HAND.matcher(perpetrator.evidence().sentence().of(text)).find()) {
      return;
    }
    figures.remove(FigureKind.KILLED);
  }
}
