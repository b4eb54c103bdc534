package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.FigureRules.WOUND_VERBS;

import java.util.List;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The hurt told in an inverted sentence, the participle first and the people after the copula: "Injured in the
 * gunfire was a 5-year-old boy and a 20-year-old woman" (Session 17, hurt17c, GVA dev: read as no one hurt), "Also
 * wounded were a 27-year-old man and a woman". CoreNLP parses the participle as the subject of the noun after
 * "was" / "were", so neither the passive's subject nor an object names the hurt. Stateless.
 */
final class InvertedHurt {
  private InvertedHurt() {}

  /**
   * The person hurt in an inverted sentence whose participle of harm is {@code v} ("wounded", "injured", "hurt"): the
   * noun {@code v} is the subject of, when that noun has a copula; none otherwise. People coordinated with it are the
   * caller's to count, as for any subject.
   */
  static List<Integer> persons(Sentence s, int v) {
    Token verb = s.tokens().get(v);
    if (!verb.pos().equals("VBN") || !WOUND_VERBS.contains(verb.lemma()) || !"nsubj".equals(s.relation(v))) {
      return List.of();
    }
    int head = s.head(v);
    return head >= 0 && !s.children(head, "cop").isEmpty() ? List.of(head) : List.of();
  }
}
