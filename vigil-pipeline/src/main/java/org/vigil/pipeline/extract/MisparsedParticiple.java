package org.vigil.pipeline.extract;

import java.util.List;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * A participle right after a counted noun that the parser hung on the noun as a bare {@code dep} instead of a reduced
 * relative clause ({@code acl}) (Session 19, hurt19c; GVA dev 1621: "We're told of the four people shot, two of them
 * had serious injuries" parses "shot" as a past tense, a {@code dep} of "people", and "people" as an oblique of "told",
 * so no verb read the four and no one was counted). Read like the participles attached to the noun ("people
 * killed"), so the verb tells what the count counts. Only the word just after the noun: a {@code dep} further on is
 * often a clause of its own ("had" in the same sentence). Only a partitive's whole ("of the four people shot", the
 * form seen to lose its count), and not a death ("of the two men killed", "shot and killed"), which the rules of the
 * dead read. Stateless.
 */
final class MisparsedParticiple {
  private MisparsedParticiple() {}

  /**
   * Adds to {@code verbs} the past participle or past tense verb right after the noun {@code anchor}, the whole of a
   * partitive ("of the four people shot"), that the parse hangs on it as a bare {@code dep}, if there is one.
   */
  static void add(Sentence s, int anchor, List<Integer> verbs) {
    int next = anchor + 1;
    if (anchor < 0 || next >= s.tokens().size() || s.head(next) != anchor || !"dep".equals(s.relation(next))
        || !s.hasChild(anchor, "case", "of")) {
      return;
    }
    Token k = s.tokens().get(next);
    boolean death = FigureRules.DEAD.contains(k.lemma()) || FigureRules.DEAD.contains(k.lower())
        || WoundPhrases.shotDead(s, next);
    if ((k.pos().equals("VBN") || k.pos().equals("VBD")) && !death) {
      verbs.add(next);
    }
  }
}
