package org.vigil.pipeline.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits plain text into paragraphs.
 *
 * <p>News text files put one paragraph on a line (often with blank lines between them, as in the seed article
 * {@code kangaba.txt}, whose first lines repeat the headline and a "• …" bullet): then every non-blank line is a
 * paragraph. Text that is hard-wrapped at a fixed width (wire copy, e-mail) is recognised by most lines filling
 * that width; then lines are joined, and a paragraph ends at a blank line or at a line well short of the width.
 */
final class PlainTextSplitter {
  private record Line(int start, int end, boolean blank) {}

  private PlainTextSplitter() {}

  static List<Block> split(String text) {
    List<Line> lines = lines(text);
    int width = wrapWidth(text, lines);
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = null;
    int currentStart = -1;
    for (Line line : lines) {
      if (line.blank) {
        if (current != null) {
          blocks.add(new Block(current.toString(), currentStart));
          current = null;
        }
        continue;
      }
      int start = firstVisible(text, line.start, line.end);
      if (current == null) {
        current = new StringBuilder();
        currentStart = start;
      } else {
        current.append(' ');
      }
      current.append(text, line.start, line.end);
      int length = line.end - start;
      if (width == 0 || length < 0.6 * width) {
        blocks.add(new Block(current.toString(), currentStart));
        current = null;
      }
    }
    if (current != null) {
      blocks.add(new Block(current.toString(), currentStart));
    }
    return blocks;
  }

  /** Lines with their offsets; {@code \r\n}, {@code \r} and {@code \n} all end a line. */
  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        lines.add(new Line(start, i, TextAssembler.isBlank(text.subSequence(start, i))));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /**
   * The width the text is hard-wrapped at, or 0 when it is not: at least 6 non-blank lines, and of the lines that
   * are followed by another non-blank line at least 60% reach within 20% of the 90th-percentile line length, which
   * lies between 40 and 120 characters, and fewer than half of them end a sentence (one paragraph per line does).
   */
  private static int wrapWidth(String text, List<Line> lines) {
    int[] lengths = lines.stream().filter(l -> !l.blank).mapToInt(l -> l.end - l.start).toArray();
    if (lengths.length < 6) {
      return 0;
    }
    int[] sorted = lengths.clone();
    Arrays.sort(sorted);
    int p90 = sorted[(int) Math.floor(0.9 * (sorted.length - 1))];
    if (p90 < 40 || p90 > 120) {
      return 0;
    }
    int continued = 0;
    int full = 0;
    int sentenceEnds = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      if (!line.blank && !lines.get(i + 1).blank) {
        continued++;
        if (line.end - line.start >= 0.8 * p90) {
          full++;
        }
        char last = text.charAt(line.end - 1);
        if (last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D') {
          sentenceEnds++;
        }
      }
    }
    boolean wrapped = continued >= 3 && continued >= lengths.length / 3 && full >= 0.6 * continued
        && sentenceEnds < 0.5 * continued;
    return wrapped ? p90 : 0;
  }

  private static int firstVisible(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!TextAssembler.isSpace(c) && !TextAssembler.isInvisible(c)) {
        return i;
      }
    }
    return from;
  }
}
