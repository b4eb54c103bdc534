package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * Which clause a day the parse hangs on the wrong word belongs to: the event an accusation names ("are suspected of
 * shooting four women inside an apartment Jan. 7"), not the accusation; and the event a "when" clause ties to the
 * day's own clause ("were asleep about 9 a.m. Monday when … the toddler … shot himself"); and the event a day stands
 * right before ("a deadly Sunday night shooting"), not the verb of saying the parse hangs it on.
 *
 * <p>Stateless and thread-safe.
 */
final class EventClauses {
  private EventClauses() {}

  /**
   * Whether a day in the clause of "accuse" or "suspect" comes after the event the accusation names, a verb in that
   * clause ("Cedric and James Poore … are suspected of shooting Misty Nunley … inside a Fairmont Terrace apartment
   * Jan. 7", "is accused of killing 34-year-old Ernest Edwards at … on Jan. 26"): the day of the event, which the
   * parse hangs on the accusation or on a place below it ("accused of firing into the home on 73rd Street and Mill
   * Road on Dec. 27"). A day before the event word ("was accused Tuesday of killing") stays the accusation's, and so
   * does one in a clause of another verb below it ("accused of killing a man who was arrested Friday"), and the day of
   * a further act the suspect is "also" accused of.
   *
   * @param head the word the day hangs on
   */
  static boolean accusedEvent(Sentence s, int head, DateResolver.Expression e, List<Mention> triggers) {
    int accusing = head;
    for (int steps = 0; accusing >= 0 && !ACCUSING.contains(s.tokens().get(accusing).lemma()); steps++) {
      boolean otherVerb = s.tokens().get(accusing).isVerb() && !EventWords.event(s, accusing, triggers);
      if (steps == PLACE_REACH || otherVerb) {
        return false;
      }
      accusing = s.head(accusing);
    }
    // "Cohill is also accused of firing shots into a neighboring home on Dec. 28": a further act, not the story's
    if (accusing < 0
        || s.hasChild(accusing, "advmod", "also")) {
      return false;
    }
    // the parse makes the gerund a modifier of its object ("of killing Ernest Edwards": "killing" under "Edwards",
    // "Edwards" under "accused"), so the event word is found by "of" and by hanging below the accusation
    for (int i = accusing + 2; i < e.first(); i++) {
      if (s.tokens().get(i - 1).lower().equals("of") && s.tokens().get(i).isVerb()
          && EventWords.event(s, i, triggers) && below(s, i, accusing)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many words a day may hang below the accusation through: nouns of place and the event word ("firing into the
   * home on 73rd Street and Mill Road on Dec. 27").
   */
  private static final int PLACE_REACH = 5;

  /** Whether a token hangs on {@code head} directly or through one word between. */
  private static boolean below(Sentence s, int token, int head) {
    int h = s.head(token);
    return h == head || h >= 0 && s.head(h) == head;
  }

  /**
   * Whether "when" ties a day and the event into one moment, so that the day dates the event though the parse hangs
   * it on another verb: a "when" clause telling the event hangs on the day or on the day's word ("The couple were
   * still there and asleep about 9 a.m. Monday when, prosecutors say, the toddler found a loaded … handgun and shot
   * himself", #1558 of GVA dev, where the day "had checked into the … Motel on Friday" was taken), or the day's word
   * heads a "when" clause of the event ("was fatally shot in the head when she stayed home from school Friday", #583).
   * A day that bounds another ("the fourth shooting on the block since early Saturday, when a man was shot") is not
   * tied. Such a day is the event's even where it reads as what still holds ("were still there", "stayed home").
   * Nor is the day of a statement ("Police said Monday when officers arrived, the man had been shot"): the
   * statement's day, where a "when" clause told in its words hangs on the verb of saying.
   */
  static boolean whenEvent(Sentence s, DateResolver.Expression e, List<Mention> triggers) {
    int head = DatedWords.datedWord(s, e);
    if (head < 0 || Lexicon.SPEECH_VERBS.contains(s.tokens().get(head).lemma())) {
      return false;
    }
    for (int i = Math.max(0, e.first() - BOUND_REACH); i < e.first(); i++) {
      if (BOUNDS.contains(s.tokens().get(i).lower())) {
        return false;
      }
    }
    // the day's word heads a "when" clause of the event
    if (when(s, head) && s.relation(head).startsWith("advcl") && s.head(head) >= 0
        && EventWords.event(s, s.head(head), triggers)) {
      return true;
    }
    // a "when" clause telling the event hangs on the day or on its word
    for (int w = e.first(); w <= e.last() + 1; w++) {
      int word = w > e.last() ? head : w;
      for (int clause : s.children(word, "")) {
        if (clause != head && when(s, clause) && tellsEvent(s, clause, triggers)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the day's word is a verb coordinated with a verb of the event told after the day, their subject shared:
   * one act told in two steps ("the shooters who hid behind bushes outside a house party on Sunday and fired on more
   * than 100 people", #1786 of GVA dev, whose "was confident Monday" had been taken). Not a step of the courts or a
   * statement ("was arrested Monday and charged"), nor a death ("was taken to a hospital Sunday and died"), which may
   * come days after the attack.
   */
  static boolean coordinatedEvent(Sentence s, DateResolver.Expression e, List<Mention> triggers) {
    int head = DatedWords.datedWord(s, e);
    if (head < 0 || !s.tokens().get(head).isVerb() || AsideDays.PROCEDURE_VERBS.contains(s.tokens().get(head)
        .lemma()) || Lexicon.SPEECH_VERBS.contains(s.tokens().get(head).lemma())) {
      return false;
    }
    for (int c : s.children(head, "conj")) {
      if (c > e.last() && s.tokens().get(c).isVerb() && EventWords.event(s, c, triggers)
          && !DEATH.contains(s.tokens().get(c).lemma()) && s.children(c, "nsubj").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the day stands right before a word of the event as its modifier ("A feud between families could be behind
   * a deadly Sunday night shooting at the Doubles Bar and Nightclub", #1615 of GVA dev, where the parse makes
   * "shooting" a modifier of "night" and hangs the day on "said"): the event's day, whatever the parse hangs it on.
   * Not a death ("the Sunday death of …"), which may come days after the attack.
   */
  static boolean beforeEventWord(Sentence s, DateResolver.Expression e, List<Mention> triggers) {
    int next = e.last() + 1;
    if (next >= s.tokens().size()) {
      return false;
    }
    Token k = s.tokens().get(next);
    return (k.isNoun() || k.pos().equals("VBG")) && EventWords.event(s, next, triggers)
        && !k.lemma().equals("death");
  }

  /**
   * Whether a day premodifies the noun of an occasion a phrase of the sentence is about ("are each charged with six
   * counts of criminal homicide in the March 9 cookout", #1145 of GVA dev; "pleaded guilty to their roles in the Nov.
   * 22 shootout"): a day used to name what happened is that occasion's, whatever verb the sentence tells. Not a
   * step's own noun ("at the Jan. 17 hearing", "after the May 3 arrest"). The caller checks that the day is named by
   * its calendar date.
   */
  static boolean namedOccasion(Sentence s, DateResolver.Expression e) {
    int noun = DatedWords.externalHead(s, e);
    if (noun <= e.last() || noun > e.last() + OCCASION_REACH || e.first() == 0 || !s.tokens().get(noun).isNoun()) {
      return false;
    }
    String before = s.tokens().get(e.first() - 1).pos();
    String relation = s.relation(noun);
    String lemma = s.tokens().get(noun).lemma();
    if (!(before.equals("DT") || before.equals("PRP$")) || relation == null
        || !(relation.startsWith("obl") || relation.startsWith("nmod"))
        || AsideDays.stepNoun(lemma) || AsideDays.PROCEDURE_VERBS.contains(lemma)) {
      return false;
    }
    for (int i = e.last() + 1; i < noun; i++) {
      String pos = s.tokens().get(i).pos();
      if (!pos.startsWith("JJ") && !pos.startsWith("NN")) {
        return false;
      }
    }
    return true;
  }

  /** How many words after a day the occasion's noun may stand ("the March 9 backyard cookout"). */
  private static final int OCCASION_REACH = 3;

  /** Verbs of a death, which may come days after the attack. */
  private static final Set<String> DEATH = Set.of("die");

  /** Whether a word heads a clause opened by "when". */
  private static boolean when(Sentence s, int clause) {
    String relation = s.relation(clause);
    return relation != null && (relation.startsWith("advcl") || relation.startsWith("acl"))
        && s.children(clause, "").stream().anyMatch(c -> c < clause && s.tokens().get(c).lower().equals("when"));
  }

  /** Whether a verb of the event stands in the clause headed by {@code clause}. */
  private static boolean tellsEvent(Sentence s, int clause, List<Mention> triggers) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).isVerb() && EventWords.event(s, i, triggers) && AsideDays.within(s, i, clause)) {
        return true;
      }
    }
    return false;
  }

  /** Words before a day that make it the bound of another time ("since early Saturday, when …"). */
  private static final Set<String> BOUNDS = Set.of("since", "until", "till", "through", "before", "after", "by");

  /** How many words before a day a bound may stand ("since early Saturday", "since 9 a.m. Monday"). */
  private static final int BOUND_REACH = 3;

  /** Verbs of accusing whose clause names the event ("accused of killing", "suspected of shooting"). */
  private static final Set<String> ACCUSING = Set.of("accuse", "suspect");
}
