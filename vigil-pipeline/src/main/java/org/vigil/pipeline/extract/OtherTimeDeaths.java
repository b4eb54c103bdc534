package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentTime;
import org.vigil.model.Span;
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
 * A death told as one of "a shooting" at a past time of its own ("a vigil honoring a man killed in a shooting last
 * week when someone began firing shots into the crowd", "This all comes after a person was killed in a shooting
 * outside the … Bar in November of 2012"; Session 18, hurt18d) is another incident's whether or not that time
 * resolves: the indefinite "a shooting" tells a shooting other than the one reported ("last week" alone stays).
 * A death told in the two sentences after someone harmed at a past time ("… were shot last month. … David was
 * killed."), once the incident's own harm was told, is that earlier shooting's ({@link #afterHarmBefore}; Session 21,
 * hurt21b). Stateless.
 */
final class OtherTimeDeaths {
  private OtherTimeDeaths() {}

  /**
   * A death "in a shooting" (or homicide, incident; up to two words between) told with a past time of its own within
   * the sentence: "last week / month / year", "in November (of) 2012", "three weeks ago", "earlier this year".
   */
  private static final Pattern IN_ANOTHER_SHOOTING = Pattern.compile("(?i)\\b(?:killed|died|slain)\\s+in\\s+an?\\s+"
      + "(?:\\w+\\s+){0,2}(?:shooting|homicide|incident)\\b[^.]{0,60}?\\b(?:last\\s+(?:week|month|year)"
      + "|in\\s+(?-i:\\p{Lu}\\p{Ll}+)(?:\\s+of)?\\s+(?:19|20)\\d{2}|\\d+\\s+(?:weeks|months|years)\\s+ago"
      + "|earlier\\s+this\\s+(?:year|month))\\b");

  /**
   * The figures found in each sentence, less the counts of the dead in the incident's sentences that tell an earlier
   * time of their own, those of a death in another shooting ({@link #ofAnotherShooting}) and those told right after
   * someone harmed at a past time ({@link #afterHarmBefore}).
   *
   * @param found the figures found in each sentence, by sentence index (not changed)
   * @param sentences the incident's sentences
   * @param incident the incident's time, or null
   * @return {@code found} itself when no count is left out, else a copy without them
   */
  static List<List<FigureRules.Found>> without(Annotated doc, IncidentTimes times, List<List<FigureRules.Found>> found,
      List<Sentence> sentences, IncidentTime incident, LocalDate published) {
    List<List<FigureRules.Found>> mine = afterHarmBefore(doc, times,
        ofAnotherShooting(doc.text(), found, sentences), sentences, published);
    if (incident == null || incident.start() == null || incident.precision() == TimePrecision.UNRESOLVED) {
      return mine;
    }
    List<List<FigureRules.Found>> out = mine;
    for (Sentence s : sentences) {
      List<FigureRules.Found> here = mine.get(s.index());
      if (here.stream().noneMatch(f -> f.figure().kind() == FigureKind.KILLED)) {
        continue;
      }
      IncidentTime own = times.ownTime(doc, s, published);
      if (own == null || own.end() == null || !own.end().isBefore(incident.start())) {
        continue;
      }
      if (out == mine) {
        out = new ArrayList<>(mine);
      }
      out.set(s.index(), here.stream().filter(f -> f.figure().kind() != FigureKind.KILLED).toList());
    }
    return out;
  }

  /**
   * Someone harmed at a past time told in the same words: "where an 11-year-old and his 16-year-old brother were shot
   * last month", "a person was killed in a shooting outside the bar in November of 2012".
   */
  private static final Pattern HARMED_BEFORE = Pattern.compile("(?i)\\b(?:shot|killed|died|slain|wounded|injured)\\b"
      + "[^.]{0,80}?\\b(?:last\\s+(?:month|year)|in\\s+(?-i:\\p{Lu}\\p{Ll}+)(?:\\s+of)?\\s+(?:19|20)\\d{2}"
      + "|\\d+\\s+(?:weeks|months|years)\\s+ago|earlier\\s+this\\s+(?:year|month))\\b");

  /**
   * The figures found in each sentence, less the counts of the dead told in one of the two sentences after one that
   * tells someone harmed at a past time ({@link #HARMED_BEFORE}), with no time of their own between: that earlier
   * shooting's story goes on ("… were shot last month. The brothers were playing video games when they heard the first
   * shots fired. David was killed."; "… killed in a shooting … in November of 2012. Two people were shot in that
   * incident. One of them died at the hospital": Session 21, hurt21b). Only after the incident's own harm was told in
   * an earlier sentence: a follow-up that opens with the past shooting tells its own dead that way.
   */
  private static List<List<FigureRules.Found>> afterHarmBefore(Annotated doc, IncidentTimes times,
      List<List<FigureRules.Found>> found, List<Sentence> sentences, LocalDate published) {
    int firstTold = sentences.stream().filter(s -> !found.get(s.index()).isEmpty()).mapToInt(Sentence::index)
        .min().orElse(Integer.MAX_VALUE);
    List<List<FigureRules.Found>> out = found;
    for (Sentence s : sentences) {
      List<FigureRules.Found> here = found.get(s.index());
      if (here.stream().noneMatch(f -> f.figure().kind() == FigureKind.KILLED)
          || !toldAfterHarmBefore(doc, times, s, firstTold, published)) {
        continue;
      }
      if (out == found) {
        out = new ArrayList<>(found);
      }
      out.set(s.index(), here.stream().filter(f -> f.figure().kind() != FigureKind.KILLED).toList());
    }
    return out;
  }

  /**
   * Whether {@code s}, with no time of its own, is one of the two sentences after one that tells someone harmed at a
   * past time, after the incident's first figure, with no sentence of a time of its own between.
   */
  private static boolean toldAfterHarmBefore(Annotated doc, IncidentTimes times, Sentence s, int firstTold,
      LocalDate published) {
    if (times.ownTime(doc, s, published) != null) {
      return false;
    }
    for (int i = s.index() - 1; i >= Math.max(0, s.index() - 2); i--) {
      Sentence before = doc.sentences().get(i);
      if (HARMED_BEFORE.matcher(before.span().of(doc.text())).find()) {
        return i > firstTold;
      }
      if (times.ownTime(doc, before, published) != null) {
        return false;
      }
    }
    return false;
  }

  /**
   * The figures found in each sentence, less the counts of the dead whose words are a death "in a shooting" at a past
   * time of its own ({@link #IN_ANOTHER_SHOOTING}); the sentence's other figures stay ("someone began firing shots
   * into the crowd" is the incident's).
   *
   * @param text the article's text
   * @param found the figures found in each sentence, by sentence index (not changed)
   * @param sentences the incident's sentences
   * @return {@code found} itself when no count is left out, else a copy without them
   */
  private static List<List<FigureRules.Found>> ofAnotherShooting(String text, List<List<FigureRules.Found>> found,
      List<Sentence> sentences) {
    List<List<FigureRules.Found>> out = found;
    for (Sentence s : sentences) {
      List<FigureRules.Found> here = found.get(s.index());
      if (here.stream().noneMatch(f -> f.figure().kind() == FigureKind.KILLED)) {
        continue;
      }
      int base = s.span().start();
      Matcher m = IN_ANOTHER_SHOOTING.matcher(s.span().of(text));
      List<FigureRules.Found> kept = here;
      while (m.find()) {
        Span death = new Span(base + m.start(), base + m.end());
        kept = kept.stream()
            .filter(f -> f.figure().kind() != FigureKind.KILLED || !f.figure().evidence().span().overlaps(death))
            .toList();
      }
      if (kept.size() == here.size()) {
        continue;
      }
      if (out == found) {
        out = new ArrayList<>(found);
      }
      out.set(s.index(), kept);
    }
    return out;
  }
}
