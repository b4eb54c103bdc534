package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Status;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;

/**
 * The first step of extraction: assigns an article's sentences to its main incident and to the background incidents
 * it recalls, from each sentence's frame and trigger mentions ({@link SentenceAnalysis}).
 *
 * <p>Main-frame mentions make the main incident. A sentence in the historical frame with a trigger and something to
 * say (a figure or a specific type) opens a background incident; a historical sentence without a trigger joins the
 * background incident just before it. Sentences without a trigger and without a time cue belong to the main incident
 * (they usually continue its story: "there are two dead"). A repeated headline is read once. Dated sentences that join
 * no incident are kept aside: {@link MainIncidentChoice} may take their day for an undated main incident.
 *
 * <p>Stateless; the result is fresh and mutable, for one article.
 */
final class SentenceGrouping {
  private SentenceGrouping() {
  }

  /**
   * The groups of one article.
   *
   * @param main the main incident's sentences (it may have no mentions: then there is no main incident)
   * @param background the recalled incidents, in text order
   * @param datedAside sentences with a date of their own that joined no incident, in text order
   */
  record Groups(IncidentGroup main, List<IncidentGroup> background, List<Sentence> datedAside) {
  }

  static Groups of(Annotated doc, SentenceAnalysis analysis) {
    String text = doc.text();
    IncidentGroup main = new IncidentGroup(Status.MAIN);
    List<IncidentGroup> background = new ArrayList<>();
    Set<String> seenSentences = new HashSet<>();
    IncidentGroup lastBackground = null;
    List<Sentence> datedAside = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String norm = s.span().of(text).replaceAll("^[^\\p{L}\\p{N}\"]+", "").trim();
      if (!seenSentences.add(norm)) {
        continue; // a repeated headline
      }
      Frame sentenceFrame = analysis.frames().get(s.index());
      List<Mention> mentions = analysis.mentions().get(s.index());
      List<Mention> mainMentions = mentions.stream().filter(m -> m.frame() == Frame.MAIN).toList();
      List<Mention> historical = mentions.stream().filter(m -> m.frame() == Frame.HISTORICAL).toList();
      if (!historical.isEmpty() && mainMentions.isEmpty()) {
        boolean anaphoricToLast = lastBackground != null && historical.stream().allMatch(m -> m.type() == null)
            && lastBackground.lastIndex() == s.index() - 1
            && sentenceFrame == Frame.HISTORICAL && !startsNewIncident(s);
        if (anaphoricToLast || !substantive(analysis, s, historical)) {
          if (lastBackground != null && lastBackground.lastIndex() >= s.index() - 1) {
            lastBackground.sentences.add(s);
            lastBackground.mentions.addAll(historical);
          } else if (hasOwnTime(s)) {
            datedAside.add(s); // "The incident occurred Aug. 2": a generic word only
          }
          continue; // else context of no incident
        }
        IncidentGroup g = new IncidentGroup(Status.HISTORICAL);
        g.sentences.add(s);
        g.mentions.addAll(historical);
        g.triggerSentences.add(s.index());
        background.add(g);
        lastBackground = g;
        continue;
      }
      if (sentenceFrame == Frame.HISTORICAL) {
        // a historical sentence without a trigger: part of the background incident just before it, if adjacent and
        // if it does not set a time of its own ("… seized control of the north in 2012" is other context)
        if (lastBackground != null && !hasOwnTime(s) && lastBackground.lastIndex() == s.index() - 1) {
          lastBackground.sentences.add(s);
        } else if (hasOwnTime(s)) {
          datedAside.add(s);
        }
        continue;
      }
      if (mentions.stream().anyMatch(m -> m.frame() == Frame.WARNING) && mainMentions.isEmpty()) {
        if (hasOwnTime(s)) {
          datedAside.add(s); // "the parents alerted authorities about the incident around 8 p.m. Friday, Nov. 21"
        }
        continue; // a warning, not an incident
      }
      main.sentences.add(s);
      main.mentions.addAll(mainMentions);
      if (!mainMentions.isEmpty()) {
        main.triggerSentences.add(s.index());
      }
      lastBackground = null;
    }
    return new Groups(main, background, datedAside);
  }

  private static boolean hasOwnTime(Sentence s) {
    return s.tokens().stream().anyMatch(k -> k.ner().equals("DATE") && !k.lower().equals("time")
        && !k.lower().equals("then"));
  }

  /** Whether a historical trigger sentence says enough to stand as an incident of its own. */
  private static boolean substantive(SentenceAnalysis analysis, Sentence s, List<Mention> mentions) {
    if (mentions.stream().anyMatch(m -> m.type() != null)) {
      return true;
    }
    return !analysis.figures().get(s.index()).isEmpty();
  }

  /** "In March that year, a grenade attack …": a time phrase opening the sentence starts a new recalled incident. */
  private static boolean startsNewIncident(Sentence s) {
    return !s.tokens().isEmpty() && (s.tokens().get(0).ner().equals("DATE")
        || s.tokens().get(0).lower().equals("in") && s.tokens().size() > 1 && s.tokens().get(1).ner().equals("DATE"));
  }
}
