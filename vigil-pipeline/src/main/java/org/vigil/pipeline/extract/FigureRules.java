package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.PersonWords.counts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Binds counts to what they count: victims killed or injured, hostages taken or freed, people kidnapped,
 * perpetrators killed or arrested. A number becomes a figure only when a casualty word governs it or stands next to
 * it ("two dead", "killed five people", "Two attackers were killed", "the number of hostages freed was raised to
 * 32"); troop strengths and other counts are left alone. Victims counted one by one where no number is given are
 * {@link OneByOne}'s.
 *
 * <p>This class runs the rules over a sentence ({@link #figures}) and joins what they find (groups that add up,
 * a multiplying word); what one number phrase counts is {@link CountReading}'s, a toll's update
 * {@link TollUpdates}', the words for people and ages {@link PersonWords}', people named beside a counted group
 * {@link CountedGroups}'.
 */
final class FigureRules {
  static final Set<String> DEAD = Set.of("dead", "kill", "killed", "die", "death", "fatality", "body",
      "murder", "slay", "execute", "behead", "massacre", "life", "toll", "corpse", "lifeless");
  static final Set<String> HURT = Set.of("injure", "injured", "wound", "wounded", "hurt", "injury",
      "casualty");
  /** Participles that state a counted group's injuries right after its noun: "six others wounded". */
  static final Set<String> STATES_HURT = Set.of("wounded", "injured", "hurt");

  /** The rule of an injured figure that counts everyone shot, the dead included ("six people were shot"). */
  static final String SHOT_TOTAL = "shot-total";
  /** The rule of a figure counted one by one ("a man was wounded"): an explicit count replaces it. */
  static final String SINGULAR = "singular-victims";
  /**
   * The rule of one person said to be wounded, injured or hurt, or shot and survived ("… killed and a fourth was
   * wounded", "his wife was shot but survived"): someone other than the dead, so it stands beside them (a victim
   * only said to be shot may be one of the dead described again); an explicit count replaces it.
   */
  static final String SINGULAR_WOUNDED = "singular-wounded";
  /**
   * The rule of one person struck after shots fired, in a sentence that tells no death: "it fired, hitting a
   * 14-year-old in the left thigh" (Session 20, hurt20a). As often the dead told again ("shots were fired, striking
   * the girl. She … was pronounced dead"), so {@link IncidentFigures} reads it as one victim counted one by one
   * ({@link #SINGULAR}) only in an incident that tells no death, and leaves it out elsewhere.
   */
  static final String STRUCK_AFTER_SHOTS = "struck-after-shots";
  /** Verbs that say someone was hurt (not only shot). */
  static final Set<String> WOUND_VERBS = Set.of("wound", "injure", "hurt");
  /** Adverbs that make a wound a death: "fatally wounded". */
  static final Set<String> MORTALLY = Set.of("fatally", "mortally");
  /** Negations that make a harm one that did not happen. */
  static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  /** A headline's condition after a person word: "Boy stable after accidental shooting". */
  static final Set<String> HEADLINE_CONDITIONS = Set.of("stable", "critical");
  /** Punctuation that opens a headline's clause: "7 Shot, 3 Dead". */
  static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "-", "--", "\u2013", "\u2014");
  /** Words for one more person: "a fourth was wounded", "wounded another". */
  static final Set<String> FURTHER_ONE = Set.of("another", "second", "third", "fourth", "fifth", "sixth");
  /** Units of time: "has increased in the past five years" counts years, not victims. */
  static final Set<String> TIME_UNITS = Set.of("year", "month", "week", "day", "hour", "decade");

  private FigureRules() {}

  /** A figure found in a sentence, with whether it updates an earlier figure ("raised to 32"). */
  record Found(Figure figure, boolean update) {}

  static List<Found> figures(String text, Sentence s) {
    List<Found> out = new ArrayList<>();
    EnumSet<FigureKind> seen = EnumSet.noneOf(FigureKind.class);
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      NumberPhrase np = NumberPhrase.at(s, i);
      if (np == null || NumberPhrase.looksLikeYear(t.get(i))) {
        continue;
      }
      i = Math.max(i, np.last());
      // "no one died", "not one was hurt": no count at all
      if (np.first() > 0 && NEGATED_COUNT.contains(t.get(np.first() - 1).lower())) {
        continue;
      }
      Classified c = CountReading.classify(s, np);
      if (c == null) {
        continue;
      }
      // "Teen, 3 adults shot", "Three women, one man injured": people listed before the count, each group its own
      if ((c.kind == FigureKind.KILLED || c.kind == FigureKind.INJURED) && c.extra == 0 && !seen.contains(c.kind)) {
        int listed = PeopleLists.listedBefore(s, np.first());
        // "killed 2 adults, 2 teens": people listed after the counted noun, whose counts are not read again
        int[] after = c.to >= 0 && c.to < t.size() && t.get(c.to).isNoun() && counts(t.get(c.to).lemma())
            ? PeopleLists.listedAfter(s, c.to) : new int[] {0, i};
        if (listed + after[0] > 0) {
          c = new Classified(c.kind, c.rule, c.from, Math.max(c.to, after[1]), c.update, listed + after[0]);
          i = Math.max(i, after[1]);
        }
      }
      // "found four victims wounded, two of them already dead": the dead are among them, so everyone hit
      if (c.kind == FigureKind.INJURED && c.to + 1 < t.size() && DEAD_AMONG.matcher(
          text.substring(t.get(c.to).end(), s.span().end())).lookingAt()) {
        c = new Classified(c.kind, SHOT_TOTAL, c.from, c.to, c.update, c.extra);
      }
      String phrase = np.phrase(text, s);
      Integer high = np.high() == null ? null : np.high() + c.extra;
      Figure f = new Figure(c.kind, np.low() + c.extra, np.best() + c.extra, high, np.qualifier(),
          c.extra == 0 ? phrase : phrase + " + " + c.extra, c.rule,
          Phrases.evidence(text, s, Math.min(np.first(), c.from), Math.max(np.last(), c.to)));
      f = Unborn.leftOut(text, s, f); // "killing six people, including an unborn child": five
      if (seen.contains(c.kind)) {
        // "61 civilians … dead and six security personnel died": separate groups joined by "and" add up; a
        // breakdown ("20 dead - six Malians and 14 foreigners", "including …") does not
        int idx = indexOf(out, c.kind);
        Figure prev = out.get(idx).figure();
        String between = text.substring(Math.min(prev.evidence().span().end(), f.evidence().span().start()),
            f.evidence().span().start());
        if (ADDS_UP.matcher(between).find() && !BREAKDOWN.matcher(between).find()
            && !CountedGroups.partOfEarlier(s, np, c.kind)) {
          out.set(idx, new Found(sum(text, s, prev, f), out.get(idx).update()));
        }
        continue;
      }
      seen.add(c.kind);
      out.add(new Found(f, c.update));
    }
    if (!seen.contains(FigureKind.KILLED)) {
      Found one = OneByOne.singleDeaths(text, s, FigureKind.KILLED);
      one = HeadlineDeaths.moreThan(text, s, one); // "4-year-old girl, mother fatally shot": two, not one
      if (one == null) {
        one = OneByOne.nominalDeaths(text, s);
      }
      if (one == null) {
        one = java.util.Optional.ofNullable(HeadlineDeaths.of(text, s)).orElseGet(() -> LaterDeath.of(text, s));
      }
      if (one != null) {
        out.add(one);
      }
    }
    if (!seen.contains(FigureKind.KILLED)) {
      Found several = multiple(text, s, OneByOne.DEATH_NOUNS, FigureKind.KILLED, MULTIPLE_DEATHS);
      if (several != null) {
        out.removeIf(f -> f.figure().kind() == FigureKind.KILLED && f.figure().best() < several.figure().best());
        if (out.stream().noneMatch(f -> f.figure().kind() == FigureKind.KILLED)) {
          out.add(several);
          seen.add(FigureKind.KILLED);
        }
      }
    }
    if (!seen.contains(FigureKind.KILLED)) {
      KillerInList.raiseVictims(text, s, out);
    }
    if (!seen.contains(FigureKind.INJURED)) {
      Found several = multiple(text, s, Set.of("shooting"), FigureKind.INJURED, SHOT_TOTAL);
      if (several != null) {
        out.add(several);
        seen.add(FigureKind.INJURED);
      }
    }
    if (!seen.contains(FigureKind.INJURED)) {
      Found one = InjuredOneByOne.singleInjuries(text, s);
      // "her father is listed in critical condition"; "fired, striking a boy, who is in critical condition"
      if (one == null || one.figure().rule().equals(STRUCK_AFTER_SHOTS)) {
        one = java.util.Optional.ofNullable(AliveInCare.of(text, s)).orElse(one);
      }
      // a headline's "Man, woman wounded in shooting": the people it joins, where the rule above reads one
      Found headline = HeadlineDeaths.hurt(text, s);
      if (headline != null && (one == null || headline.figure().best() > one.figure().best())) {
        one = headline;
      }
      if (one != null) {
        out.add(one);
      }
    }
    if (!seen.contains(FigureKind.PERPETRATORS_KILLED)) {
      Found one = OneByOne.singleDeaths(text, s, FigureKind.PERPETRATORS_KILLED);
      if (one == null) {
        one = KillerSuicide.suicide(text, s);
      }
      if (one == null) { // "killed his son, his daughter, himself", "then shot himself"; "shot and killed by police"
        one = java.util.Optional.ofNullable(ShooterSuicide.of(text, s)).orElseGet(() -> KilledByPolice.of(text, s));
      }
      if (one != null) {
        out.add(one);
      }
    }
    return out;
  }


  /** The dead among those just counted: ", two of them already dead", ", one of whom died". */
  private static final java.util.regex.Pattern DEAD_AMONG = java.util.regex.Pattern.compile(
      "(?i),?\\s*(?:\\w+|\\d+)\\s+of\\s+(?:them|whom)\\s+(?:(?:were|was|are|is|have|has|had)\\s+)?"
      + "(?:already\\s+|later\\s+|since\\s+)?(?:dead|died|killed|fatally)\\b");

  /** Words before a number that deny it: "no one died". */
  private static final Set<String> NEGATED_COUNT = Set.of("no", "not");

  static final String MULTIPLE_DEATHS = "multiple-deaths";

  private static final java.util.Map<String, Integer> MULTIPLES = java.util.Map.of("double", 2, "triple", 3,
      "quadruple", 4, "quintuple", 5);

  /**
   * A count in a multiplying word: "a triple shooting" (three shot, the dead among them), "a quadruple homicide"
   * (four dead).
   */
  private static Found multiple(String text, Sentence s, Set<String> nouns, FigureKind kind, String rule) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      Integer n = MULTIPLES.get(t.get(i).lower());
      if (n != null && nouns.contains(t.get(i + 1).lemma())) {
        Figure f = new Figure(kind, n, n, n, org.vigil.model.Qualifier.EXACT, t.get(i).word(), rule,
            Phrases.evidence(text, s, i, i + 1));
        return new Found(f, false);
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern ADDS_UP = java.util.regex.Pattern.compile("\\band\\b");
  private static final java.util.regex.Pattern BREAKDOWN = java.util.regex.Pattern.compile(
      "(?i)\\b(including|among|of whom|of them|among them)\\b|[:\u2013\u2014(]| - ");

  private static int indexOf(List<Found> out, FigureKind kind) {
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).figure().kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  private static Figure sum(String text, Sentence s, Figure a, Figure b) {
    Integer high = a.high() == null || b.high() == null ? null : a.high() + b.high();
    org.vigil.model.Span span = new org.vigil.model.Span(a.evidence().span().start(), b.evidence().span().end());
    return new Figure(a.kind(), a.low() + b.low(), a.best() + b.best(), high,
        a.qualifier() == b.qualifier() ? a.qualifier() : org.vigil.model.Qualifier.AT_LEAST,
        a.phrase() + " + " + b.phrase(), "sum-of-groups", Phrases.evidence(text, s, span));
  }

  /**
   * What a number phrase counts.
   *
   * @param extra people named beside the counted ones without a number of their own, to add to the count ("a woman
   *     and two other men were shot": 1)
   */
  record Classified(FigureKind kind, String rule, int from, int to, boolean update, int extra) {
    Classified(FigureKind kind, String rule, int from, int to, boolean update) {
      this(kind, rule, from, to, update, 0);
    }
  }
}
