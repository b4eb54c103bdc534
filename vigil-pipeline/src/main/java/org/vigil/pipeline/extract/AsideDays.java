package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.time.DateResolver;

/**
 * Days named beside the incident rather than of it: the day of a statement, of a step of the investigation, the
 * courts or the aftermath ("police said Sunday", "was arraigned Thursday", "at his arraignment Monday", "an autopsy
 * conducted Tuesday", "made a first court appearance Monday", "in an interview Monday"), and of what is yet to come
 * or still holds ("will appear … next Tuesday", "remained hospitalized Friday"). A day put before the speaker
 * ("Saturday night, after 10:30 p.m., police said someone … opened fire") dates the event the words report, and a
 * day something has lasted since is no aside ("on scene since Monday night", "the death toll has risen since
 * Saturday, when the blasts struck"). {@link IncidentTimes} uses them only when nothing else dates an incident.
 *
 * <p>Stateless and thread-safe.
 */
final class AsideDays {
  private AsideDays() {}

  /**
   * Verbs of the investigation, the courts and the aftermath, whose dates are not the incident's ("was ordered held in
   * jail on bail Wednesday", #953 of GVA dev, shot at on the Friday before).
   */
  static final Set<String> PROCEDURE_VERBS = Set.of("arraign", "charge", "arrest", "sentence",
      "investigate", "continue", "identify", "plead", "indict", "convict", "testify", "appear", "rule", "mourn",
      "remember", "gather", "attend", "book", "detain", "apprehend", "seek", "search", "release", "update", "post",
      "publish", "file", "hold", "side", "try", "acquit", "schedule", "extradite", "surrender", "jail", "deny",
      "dismiss", "postpone", "canvass", "order");

  /**
   * Whether a time expression modifies a verb of saying or claiming, or a step of the investigation and the courts
   * ("a father was arraigned Thursday after …", "police continued Saturday to investigate"), rather than the event.
   */
  static boolean statement(Sentence s, DateResolver.Expression e) {
    int h = DatedWords.externalHead(s, e);
    if (h < 0) {
      return stepBefore(s, e);
    }
    // "Police on Thursday morning identified a father …": a day between the subject and its verb, which the parse
    // may hang on the subject, dates the verb
    if (s.tokens().get(h).isNoun() && h < e.first() && "nsubj".equals(s.relation(h)) && s.head(h) > e.last()) {
      h = s.head(h);
    }
    String lemma = s.tokens().get(h).lemma();
    // "at his arraignment Monday", "An autopsy conducted Tuesday", "made a first court appearance Monday": a step of
    // the courts or the aftermath named by a noun
    if (s.tokens().get(h).isNoun() && PROCEDURE_NOUNS.contains(lemma) || s.tokens().get(h).isVerb()
        && (s.children(h, "nsubj").stream().anyMatch(n -> PROCEDURE_NOUNS.contains(s.tokens().get(n).lemma()))
            || s.children(h, "obj").stream().anyMatch(n -> PROCEDURE_NOUNS.contains(s.tokens().get(n).lemma()))
            || "acl".equals(s.relation(h)) && s.head(h) >= 0
                && PROCEDURE_NOUNS.contains(s.tokens().get(s.head(h)).lemma()))) {
      return true;
    }
    if (EventWords.reportOfEvent(s, h, List.of())) {
      return false;
    }
    // "was taken into custody on Thursday"
    boolean custody = lemma.equals("take")
        && s.children(h, "obl").stream().anyMatch(o -> s.tokens().get(o).lemma().equals("custody"));
    // "Saturday night, after 10:30 p.m., police said someone inside an SUV opened fire": a day put before the
    // sentence's speaker dates the event the words report
    if (Lexicon.SPEECH_VERBS.contains(lemma) && frontedBeforeEvent(s, e, h)) {
      return false;
    }
    // "Burtron's surviving children spoke to Channel 2 Wednesday about the murders"
    return s.tokens().get(h).isVerb() && !EventDays.gerundNoun(s, h)
        && (Lexicon.SPEECH_VERBS.contains(lemma)
        || lemma.equals("claim") || lemma.equals("announce") || lemma.equals("confirm") || lemma.equals("speak")
        || lemma.equals("talk")
        || PROCEDURE_VERBS.contains(lemma) || custody);
  }

  /** Whether a time expression hangs on a verb of saying ("the sheriff said Wednesday"). */
  static boolean said(Sentence s, DateResolver.Expression e) {
    int h = DatedWords.externalHead(s, e);
    return h >= 0 && Lexicon.SPEECH_VERBS.contains(s.tokens().get(h).lemma());
  }

  /** Whether a sentence quotes or reports someone's words: a quotation mark or a verb of saying. */
  static boolean reported(String text, Sentence s) {
    String t = s.span().of(text);
    if (t.contains("\"") || t.contains("\u201c") || t.contains("\u201d")) {
      return true;
    }
    for (Token k : s.tokens()) {
      if (k.isVerb() && Lexicon.SPEECH_VERBS.contains(k.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence tells only a step of the courts or of custody, with no word of the event in it ("On Wednesday,
   * his bail was set at $1 million", "On Tuesday, investigators located Smith …, an investigator said at Thursday's
   * hearing"): its days are the step's, whatever the parse hangs them on.
   */
  static boolean courtStep(Sentence s) {
    boolean court = false;
    for (int i = 0; i < s.tokens().size(); i++) {
      Token k = s.tokens().get(i);
      String l = k.lemma();
      if (EventWords.event(s, i, List.of()) || Lexicon.SPECIFIC_TRIGGERS.containsKey(l)
          || Lexicon.GENERIC_TRIGGERS.contains(l)) {
        return false;
      }
      court |= k.isNoun() && COURT_NOUNS.contains(l);
    }
    return court;
  }

  /**
   * Nouns of a step of the courts or of custody that a sentence about the shooting itself seldom names (not "court",
   * as in "according to court records", nor an arrest, which is often made the day of the shooting).
   */
  private static final Set<String> COURT_NOUNS = Set.of("arraignment", "hearing", "trial", "conference",
      "sentencing", "appearance", "briefing", "bail", "bond", "jail", "prison", "plea", "jury", "indictment",
      "verdict", "probation", "parole");

  /**
   * Whether a time expression opens the sentence, set off by a comma ("Saturday night, …", "On Friday, …"), before a
   * verb of saying whose reported clause tells the event by a verb in the past ("opened fire", "shot"; not "celebratory
   * gunfire is illegal").
   */
  private static boolean frontedBeforeEvent(Sentence s, DateResolver.Expression e, int verb) {
    List<Token> t = s.tokens();
    boolean opens = e.first() == 0 || e.first() == 1 && t.get(0).lower().equals("on");
    if (!opens || e.last() + 1 >= t.size() || !t.get(e.last() + 1).word().equals(",")) {
      return false;
    }
    for (int clause : s.children(verb, "ccomp")) {
      for (int i = 0; i < t.size(); i++) {
        if (PAST.contains(t.get(i).pos()) && within(s, i, clause) && EventWords.event(s, i, List.of())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> PAST = Set.of("VBD", "VBN");

  /** Whether a token is {@code root} or hangs below it. */
  static boolean within(Sentence s, int token, int root) {
    for (int h = token, steps = 0; h >= 0 && steps < 40; h = s.head(h), steps++) {
      if (h == root) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun names a step of the courts, the investigation or the aftermath ("hearing", "autopsy"). */
  static boolean stepNoun(String lemma) {
    return PROCEDURE_NOUNS.contains(lemma) || COURT_NOUNS.contains(lemma);
  }

  /**
   * Nouns of a step of the courts or the aftermath, whose dates are not the incident's; "release" from a hospital, a
   * jail or to the press ("the teen was arrested upon his release on May 23", #1383 of GVA dev, robbed and shot on
   * Feb. 18).
   */
  private static final Set<String> PROCEDURE_NOUNS = Set.of("arraignment", "hearing", "trial", "conference",
      "autopsy", "funeral", "vigil", "memorial", "sentencing", "appearance", "briefing", "court", "interview",
      "statement", "release");

  /**
   * In a sentence the parser left alone, whether the word before the day ("on" aside) is a verb of saying, a step of
   * the courts or the aftermath ("His widow said Monday", "At a news conference Tuesday").
   */
  private static boolean stepBefore(Sentence s, DateResolver.Expression e) {
    int b = e.first() - 1;
    if (b >= 0 && s.tokens().get(b).lower().equals("on")) {
      b--;
    }
    if (b < 0) {
      return false;
    }
    Token k = s.tokens().get(b);
    return k.isNoun() && PROCEDURE_NOUNS.contains(k.lemma())
        || k.isVerb() && (Lexicon.SPEECH_VERBS.contains(k.lemma())
            || PROCEDURE_VERBS.contains(k.lemma()));
  }

  /**
   * Whether a time expression dates what is yet to come or what still holds ("will appear for arraignment next
   * Tuesday", "remained hospitalized Friday", "was still on the run Thursday", "an investigation is underway
   * Tuesday") rather than the event.
   */
  static boolean aftermath(Sentence s, DateResolver.Expression e) {
    int h = DatedWords.externalHead(s, e);
    if (h < 0) {
      return false;
    }
    if (STATE_WORDS.contains(s.tokens().get(h).lemma())) {
      return true;
    }
    for (int c : s.children(h, "aux")) {
      if (FUTURE.contains(s.tokens().get(c).lower())) {
        return true;
      }
    }
    return s.hasChild(h, "advmod", "still")
        || stillBefore(s, e) || closesAftermath(s, e);
  }

  /**
   * "In the aftermath of the shooting Tuesday, Woodlawn pastor Corey Brooks announced that he'd brokered a truce" (a
   * shooting on Sunday): a day closing the phrase of an event noun that "the aftermath of" or "the wake of" governs,
   * with no verb between, dates what followed the event rather than the event.
   */
  private static boolean closesAftermath(Sentence s, DateResolver.Expression e) {
    for (int i = e.first() - 1; i >= 0 && i >= e.first() - AFTERMATH_REACH; i--) {
      Token k = s.tokens().get(i);
      if (k.isVerb()) {
        return false;
      }
      if (k.isNoun() && EventWords.event(s, i, List.of())) {
        return inAftermathOf(s, i);
      }
    }
    return false;
  }

  /** How many words back from a day the event noun of an aftermath phrase may stand. */
  private static final int AFTERMATH_REACH = 8;

  /**
   * Whether an event noun is governed by "the aftermath of" or "the wake of", a determiner, a possessive or an
   * adjective or two between ("in the wake of Sunday's deadly shooting").
   */
  static boolean inAftermathOf(Sentence s, int noun) {
    for (int i = noun - 1; i >= 1 && i >= noun - 4; i--) {
      Token k = s.tokens().get(i);
      if (k.lower().equals("of")) {
        return AFTERMATH_NOUNS.contains(s.tokens().get(i - 1).lower());
      }
      if (k.isVerb()) {
        return false;
      }
    }
    return false;
  }

  /** Nouns of what follows an event ("the aftermath of", "the wake of"). */
  private static final Set<String> AFTERMATH_NOUNS = Set.of("aftermath", "wake");

  /**
   * "The gunman, who was still at large Monday, …": "still" a few words before the day with no verb between, which
   * the parse may hang on a noun rather than on the day's head.
   */
  private static boolean stillBefore(Sentence s, DateResolver.Expression e) {
    for (int i = e.first() - 1; i >= 0 && i >= e.first() - 4; i--) {
      Token k = s.tokens().get(i);
      if (k.lower().equals("still")) {
        return true;
      }
      if (k.isVerb()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a day is someone's birth date ("The child is presumed to be … Date of Birth July 9, 2011", "born on May
   * 3, 1998"), which never dates an incident.
   */
  static boolean birth(Sentence s, DateResolver.Expression e) {
    for (int i = Math.max(0, e.first() - BIRTH_REACH); i < e.first(); i++) {
      String w = s.tokens().get(i).lower();
      if (w.equals("born") || w.equals("birth") || w.equals("dob")) {
        return true;
      }
    }
    return false;
  }

  /** How many words before a day "born" or "birth" may stand. */
  private static final int BIRTH_REACH = 3;

  /**
   * Whether a word can make a day in its sentence one of what still holds or is yet to come ("Cleanup was underway
   * Sunday after … teenagers … smashed up cars in Midtown Saturday night", "Garcia-Guevara was still locked up on
   * Monday", GVA dev #572 and #1381): {@link #aftermath} reads such a day by the parse, so a sentence with a day and
   * one of these words must be parsed even when it names no event (see {@link IncidentExtractor#needsParse}).
   */
  static boolean holdsWord(Token k) {
    return STATE_WORDS.contains(k.lemma()) || FUTURE.contains(k.lower()) || k.lower().equals("still");
  }

  /**
   * Words of a state that goes on after the event ("remained hospitalized Friday", "A death investigation is underway
   * Monday … after a 16-year-old was shot and killed").
   */
  private static final Set<String> STATE_WORDS = Set.of("remain", "stay", "underway");

  /** Auxiliaries of what is yet to come. */
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
}
