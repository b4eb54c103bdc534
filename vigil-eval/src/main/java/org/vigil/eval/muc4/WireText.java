package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a MUC-4 wire text as the pipeline should read it: the dateline and its bracketed notes cut off, and the
 * hard-wrapped lines of each paragraph joined, so that a paragraph is one line and paragraphs are separated by a blank
 * line (the pipeline's plain-text convention). Letter case is left alone.
 */
public final class WireText {
  private WireText() {}

  /** The unwrapped body of {@code raw} from {@code dateline.bodyStart()}. */
  public static String body(String raw, Dateline dateline) {
    String body = raw.substring(dateline.bodyStart()).replace("\r\n", "\n");
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()) {
        flush(current, paragraphs);
        continue;
      }
      // a new paragraph also starts at an indented line (the wire's three-space indent)
      if (line.startsWith("   ") && current.length() > 0) {
        flush(current, paragraphs);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(l);
    }
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString().replaceAll("\\s+", " "));
      current.setLength(0);
    }
  }
}
