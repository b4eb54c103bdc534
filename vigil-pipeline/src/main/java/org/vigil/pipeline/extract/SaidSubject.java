package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;

/**
 * The people a passive verb of harm is told of when the parser took them for the object of the verb of saying that
 * reports it (Session 19, hurt19a): "Dayton police said the boy, his grandmother and a man were hit by shots from a
 * passing car" (GVA dev 866) parses "the boy" (with the grandmother and the man coordinated with it) as the
 * {@code obj} of "said" and "hit" as a bare {@code dep} of "said" with an auxiliary and no subject, so no one was
 * counted hurt. A passive with its auxiliary but no subject cannot stand so; the object of the saying verb before it is
 * its subject. Stateless.
 */
final class SaidSubject {
  private SaidSubject() {}

  /** Verbs of saying that report a clause: "police said …", "the department reports …". */
  private static final Set<String> SAYING = Set.of("say", "tell", "report", "confirm");

  /**
   * The objects before {@code v} of the verb of saying {@code v} hangs on as a bare {@code dep}, when {@code v} is a
   * passive (an {@code aux:pass}) with no subject of its own; otherwise none. The caller reads which of them are
   * victims and counts those coordinated with them.
   */
  static List<Integer> hurt(Sentence s, int v) {
    int head = s.head(v);
    if (head < 0 || !"dep".equals(s.relation(v)) || s.children(v, "aux:pass").isEmpty()
        || !s.children(v, "nsubj").isEmpty() || !SAYING.contains(s.tokens().get(head).lemma())) {
      return List.of();
    }
    return s.children(head, "obj").stream().filter(o -> o < v).toList();
  }
}
