package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentTime;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;

/**
 * Deaths of another time told beside the incident: a count of the dead in a sentence whose own time ends before the
 * incident's began is an earlier incident's, so it is neither the incident's dead nor taken off everyone it shot
 * ("Exactly one week ago, on June 29th, 13-year-old … died after a gun … went off" beside a boy wounded on Wednesday;
 * "Just after 11 p.m. Friday, two people … were shot dead" beside a Saturday shooting; Session 16, hurt16c). Only a
 * time that resolves counts: "last week" names no day, and is as often the incident's own (Session 15, hurt15a); a
 * death told after the incident's day ("died Monday after Saturday's shooting") is its own. An incident dated late
 * (by a caption or a court step) puts its own earlier death here too: the rule's one loss where it was tuned.
 * Stateless.
 */
final class OtherTimeDeaths {
  private OtherTimeDeaths() {}

  /**
   * The figures found in each sentence, less the counts of the dead in the incident's sentences that tell an earlier
   * time of their own.
   *
   * @param found the figures found in each sentence, by sentence index (not changed)
   * @param sentences the incident's sentences
   * @param incident the incident's time, or null
   * @return {@code found} itself when no count is left out, else a copy without them
   */
  static List<List<FigureRules.Found>> without(Annotated doc, IncidentTimes times, List<List<FigureRules.Found>> found,
      List<Sentence> sentences, IncidentTime incident, LocalDate published) {
    if (incident == null || incident.start() == null || incident.precision() == TimePrecision.UNRESOLVED) {
      return found;
    }
    List<List<FigureRules.Found>> out = found;
    for (Sentence s : sentences) {
      List<FigureRules.Found> here = found.get(s.index());
      if (here.stream().noneMatch(f -> f.figure().kind() == FigureKind.KILLED)) {
        continue;
      }
      IncidentTime own = times.ownTime(doc, s, published);
      if (own == null || own.end() == null || !own.end().isBefore(incident.start())) {
        continue;
      }
      if (out == found) {
        out = new ArrayList<>(found);
      }
      out.set(s.index(), here.stream().filter(f -> f.figure().kind() != FigureKind.KILLED).toList());
    }
    return out;
  }
}
