package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.extract.FigureRules.Found;

/**
 * One person's death told in words the one-by-one rules ({@link OneByOne#singleDeaths}) miss, most often of a victim
 * first reported hurt: "a juvenile injured in a shooting incident Monday morning has died of his or her injuries"
 * (an update paragraph), "She succumbed to her injuries at the hospital", and one who "accidentally shot and killed
 * himself" where no one else was shot (GVA dev, session 13 kill13b: victims GVA counts dead that we read hurt). One
 * dead, so the one person counted hurt elsewhere is taken off the hurt as one of the dead described again
 * ({@code IncidentFigures.oneOfTheDead}).
 *
 * <p>Read token by token, not from the parse: reported speech ("Police say a 4-year-old boy accidentally shot and
 * killed himself") and update paragraphs are parsed poorly or not at all. The wound must be "his" or "her" own ("died
 * of his injuries"), which makes the dead one person; "their injuries" counts no one. A death denied or only possible
 * just before the verb ("did not die", "could have died") is none. A reflexive killing counts only when no rule reads a
 * killer who killed others first ({@link KillerSuicide#suicide}, {@link ShooterSuicide#of}): the killer's own death
 * there is a perpetrator's. Stateless.
 */
final class LaterDeath {
  private LaterDeath() {}

  /** The words of a death from wounds: "died of", "has died from", "succumbed to". */
  private static final Set<String> DIE = Set.of("died", "dies", "succumbed", "succumbs");

  /** The words that join a death to its cause: "died of", "died from", "succumbed to". */
  private static final Set<String> OF = Set.of("of", "from", "to");

  /** One person's own: "his injuries", "her wounds", "his or her injuries". */
  private static final Set<String> ONE_OWN = Set.of("his", "her");

  /** How many tokens before the verb are read for a word that makes the death no fact ({@link UnrealHarm}). */
  private static final int UNREAL_REACH = 3;

  /** How many tokens may stand between the possessive and the wound: "his or her gunshot injuries". */
  private static final int WOUND_REACH = 4;

  /** One person dead of wounds, or who killed himself with no one else shot, else null. */
  static Found of(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 2 < t.size(); i++) {
      if (DIE.contains(t.get(i).lower()) && OF.contains(t.get(i + 1).lower())
          && ONE_OWN.contains(t.get(i + 2).lower()) && !UnrealHarm.before(t, i, UNREAL_REACH)) {
        int wound = woundAfter(t, i + 2);
        if (wound >= 0) {
          return one(text, s, i, wound);
        }
      }
    }
    for (int i = 1; i < t.size(); i++) {
      if (KillerSuicide.REFLEXIVES.contains(t.get(i).lower()) && t.get(i - 1).lemma().equals("kill")
          && t.get(i - 1).isVerb() && !UnrealHarm.before(t, i - 1, UNREAL_REACH)
          && KillerSuicide.suicide(text, s) == null && ShooterSuicide.of(text, s) == null) {
        return one(text, s, i - 1, i);
      }
    }
    return null;
  }

  /** The wound noun within reach after the possessive at {@code own}, or -1. */
  private static int woundAfter(List<Token> t, int own) {
    for (int j = own + 1; j < Math.min(t.size(), own + 1 + WOUND_REACH); j++) {
      if (Lexicon.WOUND_NOUNS.contains(t.get(j).lower())) {
        return j;
      }
    }
    return -1;
  }

  private static Found one(String text, Sentence s, int first, int last) {
    Figure f = new Figure(FigureKind.KILLED, 1, 1, 1, Qualifier.EXACT, "1", FigureRules.SINGULAR,
        Phrases.evidence(text, s, first, last));
    return new Found(f, false);
  }
}
