package org.vigil.pipeline.resolve.geo;

import java.util.regex.Pattern;
import org.vigil.model.Evidence;
import org.vigil.model.IncidentPlace;

/**
 * Whether a town is named as the town of a hospital, where the wounded were taken rather than where they were shot:
 * "taken in good condition to Advocate Christ Medical Center in Oak Lawn", "taken by helicopter to a hospital in
 * Cleveland", "transported to Mercy Medical in Des Moines". The hospital's own name is seldom a place the tagger
 * knows, so the place found is the bare town after "in", and it had been taken for the incident's (the Oak Lawn
 * page's shooting was in Chicago, the Cleveland page's in Sandusky). Stateless.
 */
final class HospitalTown {
  private HospitalTown() {}

  /**
   * A hospital's word right before "in": "Hospital in", "Medical Center in", "Mercy Medical in", "a hospital in",
   * "trauma center in", "Regional Medical Centre in".
   */
  private static final Pattern BEFORE = Pattern.compile(
      "(?i)\\b(?:hospital|medical(?:\\s+cent(?:er|re))?|trauma\\s+cent(?:er|re)|clinic)\\s+in\\s+$");

  /**
   * Whether the place's own name, as its evidence gives it, follows a hospital's name and "in" in its sentence. A
   * place with a site or a locality of its own ("at Mount Sinai Hospital in Chicago") is not read here.
   */
  static boolean named(String text, IncidentPlace p) {
    Evidence ev = p.evidence();
    if (ev == null || text == null || p.locality() != null || ev.span().start() > text.length()) {
      return false;
    }
    int from = Math.max(ev.sentence().start(), ev.span().start() - 80);
    return from <= ev.span().start() && BEFORE.matcher(text.substring(from, ev.span().start())).find();
  }
}
