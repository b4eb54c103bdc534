package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Token;

/**
 * A count of the dead told as their bodies: "The bodies of 3 victims were found at a Woodland home, and all 3 appeared
 * to have been shot in the head" (GVA dev, Session 17, hurt17b: three dead and one hurt; we read no death, so the four
 * shot as four hurt), "the bodies of all four victims". The number stands after "bodies of", where no state word
 * follows it to tell the count the dead. Stateless.
 */
final class BodiesOf {
  private BodiesOf() {}

  /** The words for the dead found: "bodies", "remains" (only after "the": "he remains" is a verb). */
  private static final Set<String> BODIES = Set.of("bodies", "remains");

  /** Words between "of" and the number: "the bodies of the three victims", "of all four victims". */
  private static final Set<String> BETWEEN = Set.of("the", "all", "these", "those");

  /**
   * The index of "bodies" when the number phrase from {@code first} to {@code last} counts bodies ("bodies of [the /
   * all] N"), else -1; not an age ("the bodies of 54-year-old Mark …", GVA dev: read as 54 dead).
   */
  static int before(List<Token> t, int first, int last) {
    if (last + 1 < t.size() && t.get(last + 1).word().equals("-")) {
      return -1;
    }
    int of = first - 1;
    if (of >= 1 && BETWEEN.contains(t.get(of).lower())) {
      of--;
    }
    if (of < 1 || !t.get(of).lower().equals("of")) {
      return -1;
    }
    Token body = t.get(of - 1);
    if (!BODIES.contains(body.lower()) || !body.isNoun()
        || body.lower().equals("remains") && (of < 2 || !t.get(of - 2).lower().equals("the"))) {
      return -1;
    }
    return of - 1;
  }
}
