package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.vigil.model.IncidentTime;
import org.vigil.model.TimePrecision;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Dateline;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.time.DateResolver;

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
 * it with before ("in December 2014 … the Dec. 6 shooting"). A month or a year is used only when no day is named,
 * and a year alone ("pleaded guilty in a 2014 shooting") not for the main incident, which names no day by it. Only
 * the main incident falls back to the publication date, and only after the day of a step told in one of its trigger
 * sentences ("was arrested Thursday after he accidentally fired a gun"; not a verb of saying's day); a background
 * incident without a time phrase has no date rather than a wrong one.
 *
 * <p>Stateless and thread-safe.
 */
final class IncidentTimes {
  /**
   * Verbs of the investigation, the courts and the aftermath, whose dates are not the incident's ("was ordered held in
   * jail on bail Wednesday", #953 of GVA dev, shot at on the Friday before).
   */
  static final Set<String> PROCEDURE_VERBS = Set.of("arraign", "charge", "arrest", "sentence",
      "investigate", "continue", "identify", "plead", "indict", "convict", "testify", "appear", "rule", "mourn",
      "remember", "gather", "attend", "book", "detain", "apprehend", "seek", "search", "release", "update", "post",
      "publish", "file", "hold", "side", "try", "acquit", "schedule", "extradite", "surrender", "jail", "deny",
      "dismiss", "postpone", "canvass", "order");

  /** Verbs and nouns that report the event itself happening, besides the incident's triggers. */
  private static final Set<String> EVENT_WORDS = Set.of("happen", "occur", "erupt", "die", "death", "fire", "wound",
      "injure", "hit", "strike", "shot", "shooting", "kill", "killing", "slay", "stab", "attack", "murder", "explode",
      "gun", "gunfire", "sustain", "suffer");

  /** Words a day hangs on when someone died, which may be days after the attack. */
  private static final Set<String> DEATH_WORDS = Set.of("die", "death");

  /** Verbs of an event's course, dated by the event they are said of. */
  private static final Set<String> PHASE_VERBS = Set.of("begin", "start", "unfold", "end");

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
      return c.coarse;
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
        if (t.precision() == TimePrecision.DAY && (dayBeforeEvent(s, e.last() + 1, until, triggers)
            || PreviousDay.beforeNamedDay(s, since, e, triggers, attachedToEvent(s, e, triggers)))) {
          LocalDate before = t.start().minusDays(1);
          c.eventDay = new IncidentTime(before, before, TimePrecision.DAY, t.phrase(), t.anchor(),
              "day-before-named-day", t.evidence());
          return c;
        }
        // "the ministry said Sunday", "ISIS on Thursday claimed responsibility": the day of a statement, not of
        // the incident; used only when nothing else dates it
        if ((AsideDays.statement(s, e) || AsideDays.aftermath(s, e) || courtStep
            || ConnectedStep.only(s, e, triggers))
            && !afterEventNoun(s, e, triggers) && !EventClauses.beforeEventWord(s, e, triggers)
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
        } else if ((attachedToEvent(s, e, triggers) || EventClauses.namedOccasion(s, e)
            && NamedDays.calendarDay(t, published)) && (!NamedDays.deictic(t) || !AsideDays.reported(text, s))) {
          if (RecalledIncidentDays.anotherIncidents(c.firstDay, c.firstTellsEvent, t)) {
            continue; // "It happened … Wednesday" … "Exactly one week ago, on June 29th, a 13-year-old died"
          }
          if (!attachedToDeath(s, e)) {
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

  /**
   * Whether the parse attaches a time expression to the event: to one of the incident's trigger words, or to a word
   * that reports the event happening ("the shooting happened … Sunday", "died Tuesday").
   */
  private static boolean attachedToEvent(Sentence s, DateResolver.Expression e, List<Mention> triggers) {
    if (afterEventNoun(s, e, triggers) || EventClauses.beforeEventWord(s, e, triggers)) {
      return true;
    }
    int h = datedWord(s, e);
    if (h < 0) {
      return false;
    }
    if (event(s, h, triggers) || reportOfEvent(s, h, triggers) || EventClauses.accusedEvent(s, h, e, triggers)
        || EventClauses.whenEvent(s, e, triggers) || EventClauses.coordinatedEvent(s, e, triggers)) {
      return true;
    }
    // "the attack began around 9 pm on Saturday"
    if (PHASE_VERBS.contains(s.tokens().get(h).lemma())
        && s.children(h, "nsubj").stream().anyMatch(n -> event(s, n, triggers))) {
      return true;
    }
    return placeOfEvent(s, h, triggers);
  }

  /**
   * "Melina Torres was shot at a family gathering southeast of Liberty on May 20th", "killed in a house party
   * Saturday": a day hung on the noun of the event's place or occasion, a phrase the event word governs.
   */
  private static boolean placeOfEvent(Sentence s, int h, List<Mention> triggers) {
    for (int steps = 0; steps < 2 && h >= 0; steps++) {
      String relation = s.relation(h);
      boolean gerund = gerundNoun(s, h);
      if (!(s.tokens().get(h).isNoun() || gerund) || relation == null
          || !(PLACE_RELATIONS.contains(relation) || gerund && relation.equals("acl"))) {
        return false;
      }
      h = s.head(h);
      if (h >= 0 && event(s, h, triggers)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A gerund used as a noun, after a determiner, an adjective or a singular noun ("a family gathering", "the
   * shooting"), which the tagger tags as a verb.
   */
  static boolean gerundNoun(Sentence s, int token) {
    if (!s.tokens().get(token).pos().equals("VBG") || token == 0) {
      return false;
    }
    String before = s.tokens().get(token - 1).pos();
    return before.equals("DT") || before.equals("JJ") || before.equals("NN") || before.equals("PRP$");
  }

  /** Relations of a phrase of place or occasion to the word it modifies. */
  private static final Set<String> PLACE_RELATIONS = Set.of("obl", "nmod");

  /**
   * Whether the words from {@code from} to {@code until} say "the day before", "the night before", "the previous
   * night" or "a day earlier" of the event ("were shot the day before", "after being shot … at around 8:30 p.m. the
   * night before"): a day counted back from the day named before it, which CoreNLP does not tag.
   */
  private static boolean dayBeforeEvent(Sentence s, int from, int until, List<Mention> triggers) {
    for (int i = from; i + 2 < until; i++) {
      int noun = PreviousDay.phraseAt(s.tokens(), i);
      if (noun < 0) {
        continue;
      }
      int h = pastClock(s, s.head(noun));
      return h >= 0 && event(s, h, triggers);
    }
    return false;
  }

  /**
   * Whether a time expression hangs on "die" or "death": the day someone died, not always the day of the attack; but
   * "the Nov. 3 shooting death" is the shooting's day.
   */
  private static boolean attachedToDeath(Sentence s, DateResolver.Expression e) {
    int h = datedWord(s, e);
    return h >= 0 && DEATH_WORDS.contains(s.tokens().get(h).lemma())
        && s.children(h, "compound").stream().noneMatch(c -> ATTACK_NOUNS.contains(s.tokens().get(c).lemma()));
  }

  /** Nouns of the attack that make a death noun the attack's ("shooting death", "stabbing death"). */
  private static final Set<String> ATTACK_NOUNS = Set.of("shooting", "stabbing", "gunshot", "gunfire");

  /**
   * "To investigate a shooting late Friday", "before the shooting late Wednesday afternoon": a time expression right
   * after an event noun dates the event, whatever the parse attaches it to.
   */
  private static boolean afterEventNoun(Sentence s, DateResolver.Expression e, List<Mention> triggers) {
    // "to investigate a shooting late Friday", and "the fatal shooting of a fellow student at an apartment complex
    // in Hermitage Tuesday evening": the day closes the event noun's phrase, with no verb between them
    for (int i = e.first() - 1; i >= 0 && i >= e.first() - PHRASE_REACH; i--) {
      Token k = s.tokens().get(i);
      if (k.isVerb() || k.word().equals(";") || k.word().equals(":")) {
        return false;
      }
      if (k.isNoun() && event(s, i, triggers) && !bare(s, i)) {
        // "In the aftermath of the shooting Tuesday, a pastor announced a truce": the day of what followed
        return !AsideDays.inAftermathOf(s, i);
      }
    }
    return false;
  }

  /** How many words back a day may close an event noun's phrase. */
  private static final int PHRASE_REACH = 16;

  /**
   * A singular noun without a determiner or possessive ("charged a man with murder Thursday"): the name of a charge
   * rather than an event the day could date.
   */
  private static boolean bare(Sentence s, int noun) {
    Token k = s.tokens().get(noun);
    return !k.pos().equals("NNS") && s.children(noun, "det").isEmpty() && s.children(noun, "nmod:poss").isEmpty()
        && s.children(noun, "amod").isEmpty() && s.children(noun, "compound").isEmpty();
  }

  /** "The shooting was reported just before 2 a.m. on May 31": the event reported, said of its own time. */
  static boolean reportOfEvent(Sentence s, int verb, List<Mention> triggers) {
    return s.tokens().get(verb).lemma().equals("report")
        && s.children(verb, "nsubj:pass").stream().anyMatch(n -> event(s, n, triggers));
  }

  /** Whether a word is one of the incident's triggers or reports the event happening. */
  static boolean event(Sentence s, int token, List<Mention> triggers) {
    for (Mention m : triggers) {
      if (m.sentence() == s.index() && m.token() == token) {
        return true;
      }
    }
    Token k = s.tokens().get(token);
    // "opened fire … on Sunday night"
    boolean openedFire = k.lemma().equals("open")
        && s.children(token, "obj").stream().anyMatch(o -> s.tokens().get(o).lemma().equals("fire"));
    return EVENT_WORDS.contains(k.lemma()) || EVENT_WORDS.contains(k.lower()) || openedFire;
  }

  /** The word outside the expression that the first of its attached words hangs on, or -1 (unparsed, root). */
  static int externalHead(Sentence s, DateResolver.Expression e) {
    for (int i = e.first(); i <= e.last(); i++) {
      int h = s.head(i);
      if (h >= 0 && (h < e.first() || h > e.last())) {
        return h;
      }
    }
    return -1;
  }

  /**
   * The word a time expression dates: its external head, or for a day hung on a clock time ("shot … about 4 p.m.
   * Saturday") the word the clock time hangs on.
   */
  static int datedWord(Sentence s, DateResolver.Expression e) {
    return pastClock(s, externalHead(s, e));
  }

  /**
   * The word a clock time hangs on, for a word of a clock time ("about 4 p.m."), past the words that place the day
   * around it ("which occurred just before 2 a.m. Aug. 29", parsed as "a.m." under "before" under "just"); else the
   * word itself.
   */
  private static int pastClock(Sentence s, int h) {
    boolean clock = false;
    for (int steps = 0; h >= 0 && steps < 5; steps++) {
      Token k = s.tokens().get(h);
      if (clock(k)) {
        clock = true;
      } else if (!clock || !AROUND.contains(k.lower())) {
        break;
      }
      h = s.head(h);
    }
    return h;
  }

  /** Words that place a clock time around another ("just before 2 a.m.", "shortly after midnight"). */
  private static final Set<String> AROUND = Set.of("before", "after", "around", "about", "just", "shortly",
      "approximately", "roughly", "nearly");

  /** A word of a clock time: "p.m.", "noon", or a token tagged TIME. */
  private static boolean clock(Token k) {
    return k.ner().equals("TIME") || CLOCK_WORDS.contains(k.lower());
  }

  private static final Set<String> CLOCK_WORDS = Set.of("a.m.", "p.m.", "am", "pm", "noon", "midnight");
}
