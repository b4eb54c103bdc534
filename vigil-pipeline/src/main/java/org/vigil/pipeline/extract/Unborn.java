package org.vigil.pipeline.extract;

import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;

/**
 * An unborn child among the dead, whom the Gun Violence Archive mostly leaves out of its count of the killed: "Five
 * adults and an unborn child were killed", "the shooting that left five people and an unborn baby dead", "killing six
 * people, including an unborn child" (GVA dev: five killed, in three of the four incidents whose articles tell one).
 * Stateless.
 */
final class Unborn {
  private Unborn() {}

  /** An unborn child told as one of the dead just counted: ", including an unborn child". */
  private static final Pattern INCLUDED = Pattern.compile(
      "(?i)^[^.;:]{0,30}?\\bincluding\\s+(?:(?:an?|one|the|her|their|his)\\s+)?unborn\\b");

  /** Whether the noun {@code noun} is an unborn child: "an unborn baby", "their unborn son". */
  static boolean named(Sentence s, int noun) {
    return s.children(noun, "amod").stream().anyMatch(a -> s.tokens().get(a).lower().equals("unborn"));
  }

  /**
   * The count of the dead {@code f} less the unborn child the words after it include ("killing six people, including
   * an unborn child": five), else {@code f} as it is.
   */
  static Figure leftOut(String text, Sentence s, Figure f) {
    if (f.kind() != FigureKind.KILLED || f.best() < 2
        || !INCLUDED.matcher(text.substring(f.evidence().span().end(), s.span().end())).find()) {
      return f;
    }
    return new Figure(f.kind(), Math.max(0, f.low() - 1), f.best() - 1, f.high() == null ? null : f.high() - 1,
        f.qualifier(), f.phrase() + " - 1 unborn", f.rule(), f.evidence());
  }
}
