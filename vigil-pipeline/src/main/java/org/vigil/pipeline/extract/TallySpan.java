package org.vigil.pipeline.extract;

import java.util.regex.Pattern;

/**
 * A sentence that counts harm over a span of time told as a span, not as one day: "the outbreak of violence that left
 * 28 people shot and 10 people killed in the city since Friday"; "We've had two children hurt and killed by gun
 * violence in one week"; "For the second time in as many days a child has wounded himself" (Session 18, hurt18c: each
 * read as the incident's hurt, GVA 4, 0, 0). Its counts are a city's or a week's, not the incident's, as those of a
 * present-perfect tally are ({@link IncidentFigures}' round-ups). Not "in two days after Christmas", a day. Stateless.
 */
final class TallySpan {
  private TallySpan() {}

  /** A span of time: "since Friday", "since January", "in one week", "in as many days", "so far this year". */
  private static final Pattern SPAN = Pattern.compile("(?i)\\bsince\\s+(last\\s+)?(monday|tuesday|wednesday"
      + "|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october"
      + "|november|december|the\\s+(start|beginning)\\s+of)\\b"
      + "|\\bin\\s+(one|a|a\\s+single|as\\s+many)\\s+(days?|weeks?|weekends?|months?|years?)\\b"
      + "|\\bso\\s+far\\s+this\\s+(year|month|week)\\b");

  /** Whether {@code sentence} counts over a span of time. */
  static boolean in(String sentence) {
    return SPAN.matcher(sentence).find();
  }
}
