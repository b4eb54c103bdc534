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
   * A verb of carrying the wounded or the dead, and "to", right before the place: "was taken to Magnolia", "flown to
   * UF Health in Jacksonville", "the body will be sent to Dallas". The place is where they were taken.
   */
  private static final Pattern TAKEN_TO = Pattern.compile(
      "(?i)\\b(?:taken|rushed|transported|flown|airlifted|sent|transferred|driven)\\s+(?:by\\s+\\w+\\s+)?to\\s+$");

  /** A hospital's proper name: the wounded are taken there, not shot there. */
  private static final Pattern HOSPITAL = Pattern.compile("\\b(Hospital|Medical Cent(er|re))$");

  /**
   * Whether the place is a hospital in a town ("Mount Sinai Hospital in Chicago": the site's name and its locality),
   * or the place's own name, as its evidence gives it, follows a hospital's word and "in" in its sentence.
   */
  static boolean named(String text, IncidentPlace p) {
    Evidence ev = p.evidence();
    if (ev == null || text == null || ev.span().start() > text.length()) {
      return false;
    }
    int from = Math.max(ev.sentence().start(), ev.span().start() - 80);
    String before = from <= ev.span().start() ? text.substring(from, ev.span().start()) : "";
    if (TAKEN_TO.matcher(before).find()) {
      return true;
    }
    if (p.locality() != null) {
      return ev.text().contains(p.name() + " in " + p.locality()) && HOSPITAL.matcher(p.name()).find();
    }
    return BEFORE.matcher(before).find();
  }
}
