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
 * One death told in a headline that the parser reads poorly: "Three-year-old fatally shot in Anchorage", "Boy, 13,
 * shot near base has died", "6-year-old girl shot in the head, killed", "Teen found shot to death in driveway",
 * "Juvenile dead from gunshot wound"; two people joined by "and" are two ("Husband and wife dead"). Read token by
 * token from the headline's start, past a source ("Police: …"); asked only when the sentence gives no other count of
 * the dead. Stateless.
 */
final class HeadlineDeaths {
  private HeadlineDeaths() {}

  /** Words that tell a death, as the headline's verb or state. */
  private static final Set<String> DEATH_WORDS = Set.of("killed", "dies", "died", "dead");

  /** Words before the death that make the person someone else than the dead: "Man who killed …", "Teen charged". */
  private static final Set<String> NOT_THE_DEAD = Set.of("who", "that", "charged", "arrested", "sentenced",
      "accused", "convicted", "indicted", "pleads", "guilty", "kills", "shoots", "killing", "after", "of", "for");

  /** How far (in tokens) the death may follow the person: "Boy , 13 , shot near JBLM has died". */
  private static final int REACH = 8;

  /** The headline's one death (or two people joined by "and"), or null. */
  static Found of(String text, Sentence s) {
    if (s.index() != 0) {
      return null;
    }
    List<Token> t = s.tokens();
    int start = 0;
    for (int i = 0; i < Math.min(t.size(), 5); i++) {
      if (t.get(i).word().equals(":")) {
        start = i + 1; // "Cops: …", "Police: …"
      }
    }
    int person = -1;
    int first = -1;
    int people = 0;
    for (int i = start; i < t.size(); i++) {
      Token k = t.get(i);
      boolean plural = (k.pos().equals("NNS") || k.pos().equals("NNPS") || k.lower().equals("people"))
          && FigureRules.counts(k.lemma()); // "men killed", "9 people": several
      if (FigureRules.counts(k.lemma()) && !plural && !Lexicon.PERPETRATOR_NOUNS.contains(k.lemma())
          && !k.lemma().equals("police") || FigureRules.ageWord(t, i)) {
        if (person < 0 || t.get(i - 1).lower().equals("and")) {
          people++; // "Husband and wife dead": one more
          first = person < 0 ? (FigureRules.ageWord(t, i) ? i - 4 : i) : first;
        }
        person = i;
        continue;
      }
      if (person < 0) {
        continue;
      }
      if (NOT_THE_DEAD.contains(k.lower()) || i - person > REACH || plural || k.word().equals(";")
          || Lexicon.PERPETRATOR_NOUNS.contains(k.lemma())
          || k.pos().equals("CD") && !(i + 1 < t.size() && t.get(i + 1).word().equals(","))
          && !(i + 4 < t.size() && FigureRules.ageWord(t, i + 4))) {
        return null; // a count, the killer, several people, another clause, or too far
      }
      boolean death = DEATH_WORDS.contains(k.lower())
          || k.lower().equals("shot") && i > 0 && t.get(i - 1).lower().equals("fatally")
          || k.lower().equals("death") && i >= 2 && t.get(i - 1).lower().equals("to")
          && t.get(i - 2).lower().equals("shot");
      if (death) {
        if (i + 1 < t.size() && (t.get(i + 1).pos().equals("CD") || FigureRules.counts(t.get(i + 1).lemma()))) {
          return null; // "… killed 2", "killed teen": the person before is the killer
        }
        int n = Math.min(people, 2);
        Figure f = new Figure(FigureKind.KILLED, n, n, n, Qualifier.EXACT, String.valueOf(n),
            FigureRules.SINGULAR, Phrases.evidence(text, s, first, i));
        return new Found(f, false);
      }
    }
    return null;
  }
}
