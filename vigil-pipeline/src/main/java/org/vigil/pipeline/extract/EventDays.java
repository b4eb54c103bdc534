package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * Whether a day a sentence names is the event's: the parse attaches it to a word of the event ("were shot … Monday
 * evening", "the attack began around 9 pm on Saturday", "was shot at a family gathering … on May 20th"), or it closes
 * an event noun's phrase ("a shooting late Friday"); and whether it is the day someone died, which may come days
 * after the attack. {@link IncidentTimes} prefers such days to those named beside something else.
 *
 * <p>Stateless and thread-safe.
 */
final class EventDays {
  private EventDays() {}

  /** Words a day hangs on when someone died, which may be days after the attack. */
  private static final Set<String> DEATH_WORDS = Set.of("die", "death");

  /** Verbs of an event's course, dated by the event they are said of. */
  private static final Set<String> PHASE_VERBS = Set.of("begin", "start", "unfold", "end");

  /**
   * Whether the parse attaches a time expression to the event: to one of the incident's trigger words, or to a word
   * that reports the event happening ("the shooting happened … Sunday", "died Tuesday").
   */
  static boolean attachedToEvent(Sentence s, DateResolver.Expression e, List<Mention> triggers) {
    if (afterEventNoun(s, e, triggers) || EventClauses.beforeEventWord(s, e, triggers)) {
      return true;
    }
    int h = DatedWords.datedWord(s, e);
    if (h < 0) {
      return false;
    }
    if (EventWords.event(s, h, triggers) && !nounReadAsVerb(s, h, e) || EventWords.reportOfEvent(s, h, triggers)
        || AnsweredCall.ofEvent(s, h, triggers) || EventClauses.accusedEvent(s, h, e, triggers)
        || EventClauses.whenEvent(s, e, triggers) || EventClauses.coordinatedEvent(s, e, triggers)) {
      return true;
    }
    // "the attack began around 9 pm on Saturday"
    if (PHASE_VERBS.contains(s.tokens().get(h).lemma())
        && s.children(h, "nsubj").stream().anyMatch(n -> EventWords.event(s, n, triggers))) {
      return true;
    }
    return placeOfEvent(s, h, triggers);
  }

  /**
   * "Half of the suspects arrested for their alleged participation in the Bunny Friend Park shooting accepted plea
   * deals Friday (October 14)" (#697 of GVA dev, shot at on Nov. 22 the year before): the tagger read "shooting" after
   * a name as a verb, and the parse hung the sentence's own verb and its day on it. An event word tagged as a gerund
   * but used as a noun (after a determiner, an adjective or a noun) does not date a day with a verb between them.
   */
  private static boolean nounReadAsVerb(Sentence s, int h, DateResolver.Expression e) {
    if (h == 0 || h > e.first() || !s.tokens().get(h).pos().equals("VBG")
        || !NOUN_BEFORE.contains(s.tokens().get(h - 1).pos())) {
      return false;
    }
    for (int i = h + 1; i < e.first(); i++) {
      if (s.tokens().get(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /** Tags of the word before a gerund that make it a noun ("the shooting", "the Bunny Friend Park shooting"). */
  private static final Set<String> NOUN_BEFORE = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$");

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
      if (h >= 0 && EventWords.event(s, h, triggers)) {
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
   * Whether a time expression hangs on "die" or "death": the day someone died, not always the day of the attack; but
   * "the Nov. 3 shooting death" is the shooting's day.
   */
  static boolean attachedToDeath(Sentence s, DateResolver.Expression e) {
    int h = DatedWords.datedWord(s, e);
    return h >= 0 && DEATH_WORDS.contains(s.tokens().get(h).lemma())
        && s.children(h, "compound").stream().noneMatch(c -> ATTACK_NOUNS.contains(s.tokens().get(c).lemma()));
  }

  /** Nouns of the attack that make a death noun the attack's ("shooting death", "stabbing death"). */
  private static final Set<String> ATTACK_NOUNS = Set.of("shooting", "stabbing", "gunshot", "gunfire");

  /**
   * "To investigate a shooting late Friday", "before the shooting late Wednesday afternoon": a time expression right
   * after an event noun dates the event, whatever the parse attaches it to.
   */
  static boolean afterEventNoun(Sentence s, DateResolver.Expression e, List<Mention> triggers) {
    // "to investigate a shooting late Friday", and "the fatal shooting of a fellow student at an apartment complex
    // in Hermitage Tuesday evening": the day closes the event noun's phrase, with no verb between them
    for (int i = e.first() - 1; i >= 0 && i >= e.first() - PHRASE_REACH; i--) {
      Token k = s.tokens().get(i);
      if (k.isVerb() || k.word().equals(";") || k.word().equals(":")) {
        return false;
      }
      if (k.isNoun() && EventWords.event(s, i, triggers) && !bare(s, i)) {
        // "In the aftermath of the shooting Tuesday, a pastor announced a truce": the day of what followed
        return !AsideDays.inAftermathOf(s, i) && !countedFrom(s, i);
      }
    }
    return false;
  }

  /**
   * "Less than two months after the shooting death of 17-year-old Raekwon Brown, today, Monday, July 25, 2016, …
   * arrested a third suspect" (#1420 of GVA dev): an event noun after a span of time and "after" or "since" is the
   * point the span is counted from, and a day closing its phrase is the span's end, not the event's.
   */
  private static boolean countedFrom(Sentence s, int noun) {
    for (int j = noun - 1; j > 0 && j >= noun - SPAN_REACH; j--) {
      Token k = s.tokens().get(j);
      if (k.lower().equals("after") || k.lower().equals("since")) {
        return FigureRules.TIME_UNITS.contains(s.tokens().get(j - 1).lemma());
      }
      if (k.isVerb()) {
        return false;
      }
    }
    return false;
  }

  /** How many words may stand between "after" and the event noun ("after the fatal shooting death"). */
  private static final int SPAN_REACH = 4;

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
}
