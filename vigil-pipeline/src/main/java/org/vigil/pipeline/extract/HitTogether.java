package org.vigil.pipeline.extract;

import org.vigil.model.Figure;
import org.vigil.model.FigureKind;

/**
 * Several people named one by one as hit together, beside fewer deaths told elsewhere: the dead are among them and the
 * rest are hurt (Session 18, hurt18e). "A 13-month-old boy was fatally shot … police said the boy, his grandmother and
 * a man were hit by shots from a passing car": three hit, one dead, so two hurt — not the one victim counted one by one
 * that {@link IncidentFigures} otherwise takes for one of the dead described again, nor three. Dropped in session 18
 * for want of any article it reached; kept in session 19 (hurt19a), when {@link Framing#struckBy} (the sentence is
 * parsed) and {@link SaidSubject} (its people are the subject of "hit", not the object of "said") let it reach that
 * article (GVA dev 866: 0 hurt, now 2, as GVA). Stateless.
 */
final class HitTogether {
  private HitTogether() {}

  /** The rule of a figure of the hurt that is those named hit less the dead. */
  static final String RULE = "named-shot-minus-killed";

  /**
   * The hurt among {@code shot}, people named one by one as only shot (no word that they are others than the dead),
   * when they are more than the {@code dead}: those named less the dead; otherwise null.
   *
   * @param shot the incident's figure of the hurt, counted one by one ({@link FigureRules#SINGULAR})
   * @param dead the incident's count of the dead
   */
  static Figure lessTheDead(Figure shot, Figure dead) {
    if (!shot.rule().equals(FigureRules.SINGULAR) || dead.best() < 1 || shot.best() <= dead.best()) {
      return null;
    }
    return new Figure(FigureKind.INJURED, shot.best() - dead.best(), shot.best() - dead.best(),
        shot.best() - dead.best(), shot.qualifier(), shot.phrase() + " - " + dead.phrase(), RULE, shot.evidence());
  }
}
