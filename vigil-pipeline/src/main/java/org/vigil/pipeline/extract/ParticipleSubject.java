package org.vigil.pipeline.extract;

import java.util.List;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The people a participle of harm tells hurt when the parser made them its active subject (Session 15, hurt15c):
 * "A 3-year-old girl and 23-year-old woman wounded by gunfire Wednesday night have been released from the hospital"
 * parses "girl" as the {@code nsubj} of "wounded" (a VBN with no auxiliary), where {@link OneByOne} looks for a
 * passive subject or an object and found no one. A past participle with no auxiliary and no object cannot be an
 * active verb, so its subject is the one it happened to. Stateless.
 */
final class ParticipleSubject {
  private ParticipleSubject() {}

  /**
   * The active subjects of {@code v} that name one victim or a person, when {@code v} is a past participle (VBN)
   * with no auxiliary ("have wounded", "was wounded"), no object ("shot two men") and not the complement of another
   * verb ("found the boy wounded"); otherwise none. Passive subjects are not among them: the caller reads those
   * already.
   */
  static List<Integer> hurt(Sentence s, int v) {
    Token verb = s.tokens().get(v);
    // ("found the boy wounded": a state the finder saw, in a complement, told of one who may be counted already)
    if (!verb.pos().equals("VBN") || !s.children(v, "aux").isEmpty() || !s.children(v, "obj").isEmpty()
        || "xcomp".equals(s.relation(v)) || "ccomp".equals(s.relation(v))) {
      return List.of();
    }
    // only a victim named one by one: "Multiple people injured in …" is left to the headline's rules
    return s.children(v, "nsubj").stream().filter(a -> "nsubj".equals(s.relation(a)) && (PersonWords.oneVictim(s, a)
        || s.tokens().get(a).ner().equals("PERSON") && !s.tokens().get(a).pos().equals("PRP"))).toList();
  }
}
