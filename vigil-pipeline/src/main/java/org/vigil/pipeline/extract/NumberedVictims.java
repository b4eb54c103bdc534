package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Victims numbered or named beyond those already counted: "… three others were shot. A fourth victim drove herself to
 * a hospital" makes four, and so does a list of four victims' names. Moved out of {@link OneByOne} (session 11) with
 * the numbered victims who are none beyond those counted. Stateless.
 */
final class NumberedVictims {
  private NumberedVictims() {}

  /**
   * A victim numbered after those already counted: "a fifth male adult victim", "a fourth person", a headline's
   * "Fourth victim escaped"; or an ordinal with no noun, right before its harm: a headline's "Three men shot, a
   * fourth wounded by shrapnel", "a third was also shot" (Session 15, hurt15a; not "a second shot" or "the fourth
   * shot", which are shots fired: "shot", "struck" and "hit" only after "was" or "were").
   */
  private static final Pattern NTH_VICTIM = Pattern.compile(
      "(?i)(?:\\b(?:a|the|another)\\s+|^\\s*)(second|third|fourth|fifth|sixth|seventh|eighth)\\s+"
      + "(?:(?:[\\w-]+\\s+){0,3}?(?:victim|person|man|woman|boy|girl|teen|teenager|male|female|child|juvenile"
      + "|adult)\\b"
      + "|(?:(?:was|were)\\s+)?(?:also\\s+)?(?:wounded|injured|hurt|grazed)\\b"
      + "|(?:was|were)\\s+(?:also\\s+)?(?:shot|struck|hit)\\b)");
  /**
   * Victims counted by sex: "one male and two female victims", "a male and two females". A victim numbered by sex
   * after it ("a third female victim") is numbered among that sex, not among everyone (Session 22, hurt22a).
   */
  private static final Pattern BY_SEX = Pattern.compile("(?i)\\b(a|an|one|two|three|four|five)\\s+(?:adult\\s+"
      + "|juvenile\\s+)?(male|female)s?\\b");

  private static final Pattern SEX = Pattern.compile("(?i)\\b(male|female)\\b");
  /** The victims named in a list: "the victims were identified as Akeem Lee, 24, Gabriel Adesamya, 26, and …". */
  private static final Pattern NAMED_VICTIMS = Pattern.compile(
      "(?i)\\b(victims)\\s+(?:were|have\\s+been|are)\\s+identified\\s+as\\b");

  /**
   * The number of people named (runs of PERSON tokens) in a sentence from a character offset on. A name in the
   * possessive names a kin of the victim, not a victim: "The victims were identified as Green's mother, Sallie Green,
   * 57; his sister, Rebecca Cizek, 34; and Cizek's children, …" names four victims, not six (Session 16, hurt16b: four
   * dead read as one hurt more).
   */
  private static int persons(Sentence s, int from) {
    List<Token> t = s.tokens();
    return NamedDead.names(t, s.firstTokenFrom(from), t.size());
  }

  /** A numbered victim only thought of: "there may be a fifth victim". */
  private static final Pattern MAYBE = Pattern.compile(
      "(?i)\\b(may|might|could)\\s+(also\\s+)?be\\s*$");
  /** Words of harm around a numbered victim: "a fourth person had gunshot wounds". */
  private static final Pattern HARMED = Pattern.compile(
      "(?i)\\b(shot|wounded|injured|hurt|struck|hit|gunshot|gunfire|hospital|victim)\\b");
  private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth");

  /**
   * A numbered victim who is none beyond those counted: one not hurt ("A third child in the room was not hurt", "The
   * second child, a 3-year-old boy, was not injured"), one of the dead ("a fifth homicide victim", "A fifth victim …
   * succumbed to his injuries"), one of a tally over time ("the eighth child in Tennessee this year to be injured",
   * "the third juvenile victim of a stray-bullet shooting in four days"), or one hurt otherwise than by gunfire ("a
   * fifth person injured by flying glass", "hit by a vehicle as he attempted to flee"). Read from the ordinal on:
   * "Three people were killed and a fourth victim was wounded" is one beyond the dead.
   */
  private static final Pattern NOT_HURT = Pattern.compile("(?i)\\b(?:not|never)\\s+(?:been\\s+)?"
      + "(?:shot|hurt|injured|wounded|struck|hit)\\b");
  private static final Pattern AMONG_THE_DEAD = Pattern.compile(
      "(?i)\\b(?:dead|died|dies|killed|fatally|fatality|homicide|succumbed|slain)\\b");
  static final Pattern TALLY = Pattern.compile("(?i)\\b(?:this|last|past)\\s+(?:year|month|week)\\b"
      + "|\\bin\\s+(?:[\\w-]+\\s+){0,4}?(?:days|weeks|months|years|year)\\b");
  private static final Pattern NOT_GUNFIRE = Pattern.compile("(?i)\\b(?:by|from)\\s+(?:flying\\s+|broken\\s+)?glass\\b"
      + "|\\b(?:hit|struck)\\s+by\\s+(?:a|an)\\s+(?:vehicle|car|truck)\\b");

  /** A sentence that goes on about one person by a pronoun: "He was shot with the shotgun and died." */
  private static final Pattern PRONOUN_FIRST = Pattern.compile("^\\W*(?:He|She)\\b");

  /**
   * Whether the sentence right after the numbered victim's tells, by a pronoun, that one dead: "The fourth victim, …,
   * lived at the complex … He was shot with the shotgun and died" (Session 16, hurt16b: read as one hurt beside the
   * dead).
   */
  private static boolean diedNext(String text, List<Sentence> sentences, int i) {
    if (i + 1 >= sentences.size() || sentences.get(i + 1).index() != sentences.get(i).index() + 1) {
      return false;
    }
    String next = sentences.get(i + 1).span().of(text);
    return PRONOUN_FIRST.matcher(next).find() && AMONG_THE_DEAD.matcher(next).find();
  }

  /**
   * Whether the numbered victim of {@code numbered} ("a third female victim"), the {@code nth} of a sex, is one beyond
   * the {@code all} counted: an earlier sentence counted the victims by sex ({@link #BY_SEX}: "one male and two
   * female victims"), all of them, with {@code nth - 1} of that sex.
   */
  private static boolean beyondTheSex(String text, List<Sentence> sentences, int i, String numbered, int nth,
      int all) {
    Matcher sex = SEX.matcher(numbered);
    if (!sex.find()) {
      return false;
    }
    for (int j = 0; j < i; j++) {
      Matcher m = BY_SEX.matcher(sentences.get(j).span().of(text));
      int sum = 0;
      int same = 0;
      while (m.find()) {
        int count = NumberPhrase.wordValue(m.group(1));
        sum += count;
        same += m.group(2).equalsIgnoreCase(sex.group(1)) ? count : 0;
      }
      if (sum == all && same == nth - 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether the numbered victim told from {@code told} on (the ordinal, then what the sentence says of it) is none. */
  private static boolean beyondNone(String told) {
    return NOT_HURT.matcher(told).find() || AMONG_THE_DEAD.matcher(told).find() || TALLY.matcher(told).find()
        || NOT_GUNFIRE.matcher(told).find();
  }

  /**
   * The hurt as a numbered victim bounds them: after "three people were shot", "a fourth victim drove herself to a
   * hospital" makes four victims, so the hurt are four less the dead; so does a list of four victims' names. Returns
   * the raised count of the hurt, or null when no numbered or named victim goes beyond those already counted.
   */
  static Figure raise(String text, List<Sentence> sentences, Figure killed, Figure injured) {
    int dead = killed == null ? 0 : killed.best();
    int hurt = injured == null ? 0 : injured.best();
    Figure out = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String sentence = s.span().of(text);
      Matcher m = NTH_VICTIM.matcher(sentence);
      Matcher named = NAMED_VICTIMS.matcher(sentence);
      int nth;
      if (m.find() && HARMED.matcher(sentence).find()
          && !MAYBE.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find()
          && !beyondNone(sentence.substring(m.start())) && !diedNext(text, sentences, i)) {
        nth = ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2; // not "there may be a fifth …"
        if (nth <= dead + hurt && beyondTheSex(text, sentences, i, m.group(), nth, dead + hurt)) {
          nth = dead + hurt + 1; // "one male and two female victims … a third female victim"
        }
      } else if (named.find()) {
        nth = persons(s, s.span().start() + named.end()); // "the victims were identified as A, 24, B, 26, and C"
        m = named;
      } else {
        continue;
      }
      if (nth > dead + hurt) {
        hurt = nth - dead;
        int start = s.span().start() + m.start();
        out = new Figure(FigureKind.INJURED, hurt, hurt, hurt, Qualifier.EXACT, m.group(1),
            "nth-victim", Phrases.evidence(text, s, new Span(start, s.span().start() + m.end())));
      }
    }
    return out;
  }

}
