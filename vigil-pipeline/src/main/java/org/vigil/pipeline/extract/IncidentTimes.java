package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.List;
import org.vigil.model.IncidentTime;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Dateline;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.resolve.time.DateResolver;
import org.vigil.pipeline.resolve.time.Weekends;

/**
 * Picks an incident's time among the time expressions of its sentences.
 *
 * <p>The first day named in the incident's sentences (trigger sentences first) is its date, with these exceptions:
 * a weekday or a date the parse attaches to the event itself ("were shot … Monday evening", "the shooting death …
 * Tuesday night", "opened fire on Sunday night", "occurred just before 2 a.m. Aug. 29", "was shot at a family
 * gathering … on May 20th"), or that follows an event noun ("a shooting late Friday"), beats a day attached to
 * something else ("was in critical condition Tuesday", "was still on the run Thursday"), and the day someone died
 * gives way to the attack's ("died Monday … after Saturday's shooting"); the day of a statement or of a step of the
 * courts or the aftermath ("police said Sunday", "was arraigned Thursday", "at his arraignment Monday", "an autopsy
 * conducted Tuesday") counts only when nothing else dates the incident, and so does the day of what is yet to come
 * or still holds ("will appear … next Tuesday", "remained hospitalized Friday", "was still on the run Thursday"); a
 * day that closes an event noun's phrase with no verb between ("the fatal shooting of a student at an apartment
 * complex Tuesday evening") dates the event, a bare charge noun ("charged with murder Thursday") being no event noun;
 * "last night" attached to the event dates it in a sentence that reports no one's words, and a day named by its name
 * beats "today" named before it; a day named beside something else by its weekday, a day of this week's news, gives
 * way to one named by its calendar date over a week back ("including two on Thursday … opened fire … on Nov. 22");
 * the page's own dates ("Posted: Sunday, July 27, 2014", "March 25, 2014 12:45 PM", "Copyright 2016", "UPDATE
 * SATURDAY 5:45 AM") and the dateline's date never count; and a month without a year takes the year the article named
 * it with before ("in December 2014 … the Dec. 6 shooting"). A month, a weekend or a year is used only when no day
 * is named, a weekend giving the main incident its last day ("fatally shot his friend … over the weekend"), and a year
 * alone ("pleaded guilty in a 2014 shooting") not for the main incident, which names no day by it. Only
 * the main incident falls back to the publication date, and only after the day of a step told in one of its trigger
 * sentences ("was arrested Thursday after he accidentally fired a gun"; not a verb of saying's day); a background
 * incident without a time phrase has no date rather than a wrong one.
 *
 * <p>Stateless and thread-safe.
 */
final class IncidentTimes {
  private final DateResolver dates = new DateResolver();

  /**
   * The incident's time.
   *
   * @param ordered the incident's sentences, trigger sentences first
   * @param triggers the incident's trigger words
   * @param assumeDate the date to fall back to (the publication date for the main incident), or null
   * @param published the publication date, or null
   * @return the time, or null when nothing dates the incident and there is no fallback
   */
  IncidentTime choose(Annotated doc, List<Sentence> ordered, List<Mention> triggers, LocalDate assumeDate,
      LocalDate published) {
    Candidates c = candidates(doc, ordered, triggers, published);
    if (c.eventDay != null) {
      return c.eventDay;
    }
    if (c.deathDay != null) {
      return c.deathDay;
    }
    if (c.firstDay != null) {
      // "Detectives arrested seven other suspects, including two on Thursday. … the men opened fire on a large crowd
      // … on Nov. 22": in a follow-up, a weekday names a day of this week's news, a calendar day weeks back the
      // incident it follows up; not a weekday told in a sentence of the event ("It happened … Wednesday")
      if (c.calendarDay != null && NamedDays.namedByWeekday(c.firstDay) && !c.firstTellsEvent) {
        return c.calendarDay;
      }
      return c.firstDay;
    }
    // a year alone ("pleaded guilty in a 2014 shooting", "has been there since 1990") names no day: a main incident
    // dated only by one falls back to the publication date, as one with no date at all does
    if (c.coarse != null && (c.coarse.precision() != TimePrecision.YEAR || assumeDate == null)) {
      // "fatally shot his friend … over the weekend": a main incident dated only by a weekend takes its last day
      return assumeDate != null ? Weekends.lastDay(c.coarse) : c.coarse;
    }
    if (c.unresolved != null) {
      return c.unresolved;
    }
    if (c.statementDate != null && assumeDate == null) {
      return c.statementDate;
    }
    // "was arrested Thursday after he accidentally fired a gun", "reported Wednesday afternoon that a female gunshot
    // victim arrived": a step or a statement told in the incident's own sentence dates it better than the paper
    if (c.triggeredStatementDate != null) {
      return c.triggeredStatementDate;
    }
    if (assumeDate != null) {
      return new IncidentTime(assumeDate, assumeDate, TimePrecision.DAY, null, assumeDate,
          "publication-date-assumed", null);
    }
    return null;
  }

  /** How far sentences date an incident themselves, by time phrases that are neither a statement's nor the page's. */
  enum Dating {
    /** They name its day, and the parse attaches it to the event ("were shot … Monday evening"). */
    EVENT_DAY,
    /** They name a day, but only beside something else ("the report, released Friday"). */
    DAY,
    /** Only a month, a year, a season or a phrase that does not resolve. */
    COARSE,
    /** Not at all. */
    NONE
  }

  /** How far the sentences date the incident themselves. */
  Dating dating(Annotated doc, List<Sentence> sentences, List<Mention> triggers, LocalDate published) {
    Candidates c = candidates(doc, sentences, triggers, published);
    if (c.eventDay != null) {
      return Dating.EVENT_DAY;
    }
    if (c.deathDay != null || c.firstDay != null) {
      return Dating.DAY;
    }
    return c.coarse != null || c.unresolved != null ? Dating.COARSE : Dating.NONE;
  }

  /**
   * The day a sentence's parse attaches to an event word (the day of a death included), read without triggers; or,
   * when {@code anyDay}, else the first day it names that is not a statement's; or null.
   */
  IncidentTime recalledDay(Annotated doc, Sentence s, LocalDate published, boolean anyDay) {
    Candidates c = candidates(doc, List.of(s), List.of(), published);
    return c.eventDay != null ? c.eventDay : c.deathDay != null ? c.deathDay : anyDay ? c.firstDay : null;
  }

  /**
   * The time a sentence tells of itself, read without triggers: the day its parse attaches to an event word (a
   * death's included), else the first day it names, else the first month, weekend or year; never a statement's, a
   * step's or the page's, nor a phrase that does not resolve; or null.
   */
  IncidentTime ownTime(Annotated doc, Sentence s, LocalDate published) {
    Candidates c = candidates(doc, List.of(s), List.of(), published);
    return c.eventDay != null ? c.eventDay : c.deathDay != null ? c.deathDay : c.firstDay != null ? c.firstDay
        : c.coarse;
  }

  /**
   * The first day a sentence names by its calendar date more than a week before publication ("Officers believe the
   * men opened fire on a large crowd … on Nov. 22"), not a statement's or a step's; or null.
   */
  IncidentTime calendarDay(Annotated doc, Sentence s, LocalDate published) {
    return candidates(doc, List.of(s), List.of(), published).calendarDay;
  }

  /** The first time expression of each kind in the sentences. */
  private static final class Candidates {
    IncidentTime eventDay;
    /** A day attached to a death, which may come days after the shooting ("died Monday … Saturday's shooting"). */
    IncidentTime deathDay;
    IncidentTime firstDay;
    /** Whether the sentence of {@link #firstDay} tells the event only ({@link RecalledIncidentDays#tellsEventOnly}). */
    boolean firstTellsEvent;
    /** The first day named by its calendar date ("on Nov. 22") more than a week before publication. */
    IncidentTime calendarDay;
    IncidentTime coarse;
    IncidentTime unresolved;
    IncidentTime statementDate;
    /** The first statement's or step's day named in a sentence that tells the incident itself. */
    IncidentTime triggeredStatementDate;
  }

  private Candidates candidates(Annotated doc, List<Sentence> ordered, List<Mention> triggers, LocalDate published) {
    String text = doc.text();
    Candidates c = new Candidates();
    Dateline.Found dateline = Dateline.find(doc);
    for (Sentence s : ordered) {
      Integer lastYear = DateResolver.lastYearBefore(doc.sentences(), s.index() + 1);
      List<DateResolver.Expression> expressions = dates.expressions(text, s);
      boolean courtStep = !expressions.isEmpty() && AsideDays.courtStep(s);
      for (int x = 0; x < expressions.size(); x++) {
        DateResolver.Expression e = expressions.get(x);
        if (dateline != null && dateline.sentence() == s.index() && e.first() < dateline.end()) {
          continue; // the date the report was filed, not the date of the incident
        }
        if (PageStamps.pageDate(s, e) || AsideDays.birth(s, e)) {
          continue;
        }
        IncidentTime t = dates.resolve(text, s, e, UpdateStamps.anchor(doc, dates, s.index(), published), lastYear);
        if (t == null) {
          continue;
        }
        t = DateResolver.yearNamedBefore(t, doc.sentences(), s.index(), published);
        // "on Thursday after … five people were shot the day before": the event on the day before the named one
        int until = x + 1 < expressions.size() ? expressions.get(x + 1).first() : s.tokens().size();
        // "… during a drive-by shooting the previous night, on East Houston Street on Thursday, Sept. 1, 2016"
        int since = x > 0 ? expressions.get(x - 1).last() + 1 : 0;
        // asked once: both the day-before phrase and the choice below need it
        boolean dayOfEvent = t.precision() == TimePrecision.DAY && EventDays.attachedToEvent(s, e, triggers);
        if (t.precision() == TimePrecision.DAY && (PreviousDay.afterNamedDay(s, e.last() + 1, until, triggers)
            || PreviousDay.beforeNamedDay(s, since, e, triggers, dayOfEvent))) {
          LocalDate before = t.start().minusDays(1);
          c.eventDay = new IncidentTime(before, before, TimePrecision.DAY, t.phrase(), t.anchor(),
              "day-before-named-day", t.evidence());
          return c;
        }
        // "the ministry said Sunday", "ISIS on Thursday claimed responsibility": the day of a statement, not of
        // the incident; used only when nothing else dates it
        if ((AsideDays.statement(s, e) || AsideDays.aftermath(s, e) || courtStep
            || ConnectedStep.only(s, e, triggers))
            && !EventDays.afterEventNoun(s, e, triggers) && !EventClauses.beforeEventWord(s, e, triggers)
            && !EventClauses.whenEvent(s, e, triggers)) {
          if (c.statementDate == null && t.precision() != TimePrecision.UNRESOLVED) {
            c.statementDate = t;
          }
          if (c.triggeredStatementDate == null && t.precision() == TimePrecision.DAY && !AsideDays.said(s, e)
              && triggers.stream().anyMatch(m -> m.sentence() == s.index())) {
            c.triggeredStatementDate = t;
          }
        } else if (t.precision() == TimePrecision.UNRESOLVED) {
          if (c.unresolved == null) {
            c.unresolved = t;
          }
        } else if (t.precision() != TimePrecision.DAY) {
          // "a violent end to February … on Saturday afternoon", "Boston's first murder of 2015 happened last
          // night": a day named anywhere in the incident's sentences beats a month or a year named before it
          if (c.coarse == null) {
            c.coarse = t;
          }
        } else if ((dayOfEvent || EventClauses.namedOccasion(s, e)
            && NamedDays.calendarDay(t, published)) && (!NamedDays.deictic(t) || !AsideDays.reported(text, s))) {
          if (RecalledIncidentDays.anotherIncidents(c.firstDay, c.firstTellsEvent, t)) {
            continue; // "It happened … Wednesday" … "Exactly one week ago, on June 29th, a 13-year-old died"
          }
          if (!EventDays.attachedToDeath(s, e)) {
            c.eventDay = t;
            return c;
          }
          if (c.deathDay == null) {
            c.deathDay = t;
          }
        } else if (c.calendarDay == null && NamedDays.calendarDay(t, published)
            && !PageStamps.caption(doc.sentences(), s.index())) {
          c.calendarDay = t;
          if (c.firstDay == null) {
            c.firstDay = t;
          }
        } else if (c.firstDay == null || NamedDays.deictic(c.firstDay) && !NamedDays.deictic(t)) {
          // "four men were hospitalized today with gunshot wounds received late Friday": a day named by its name
          // beats "today" or "last night" named before it
          c.firstDay = t;
          c.firstTellsEvent = RecalledIncidentDays.tellsEventOnly(s, triggers);
        }
      }
    }
    return c;
  }
}
