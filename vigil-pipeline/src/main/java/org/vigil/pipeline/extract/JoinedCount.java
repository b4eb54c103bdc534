package org.vigil.pipeline.extract;

import org.vigil.pipeline.annotate.Sentence;

/**
 * A verb joined to another ("shot and killed") that counts people of its own: "10 people were shot and one man was
 * killed", "Four people were shot …, and three people are dead" (GVA dev). Its subject is a group apart, so the
 * verb before it does not share its harm: the ten were shot, one of them killed, not ten killed. Stateless.
 */
final class JoinedCount {
  private JoinedCount() {}

  /**
   * Whether the verb (or predicate) {@code verb} has a subject of its own that a number counts, or a name: "All five
   * men were shot, A and B died" tells two of the five dead, not five (Session 21, hurt21c).
   */
  static boolean ofItsOwn(Sentence s, int verb) {
    return s.children(verb, "nsubj").stream().anyMatch(n -> s.tokens().get(n).pos().equals("CD")
        || !s.children(n, "nummod").isEmpty()
        || PersonWords.name(s.tokens().get(n)));
  }
}
