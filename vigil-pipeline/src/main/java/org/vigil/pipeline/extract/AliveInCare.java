package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.extract.FigureRules.Found;

/**
 * One person told alive in a hospital's care, the way a hospital or the police report it, where no verb of harm
 * says so: "the victim, identified as …, remains in critical condition", "her father is listed in critical
 * condition", "The juvenile was air lifted to … and is currently in stable condition", "he is expected to survive",
 * "A 15-year-old girl is recovering from injuries". One hurt, said to be alive, so not one of the dead described
 * again ({@link FigureRules#SINGULAR_WOUNDED}); any count of the hurt replaces it.
 *
 * <p>Read token by token, not from the parse: most such sentences name no event, so the annotator leaves them
 * unparsed, and where it parses them it often hangs "remains" on the wrong word. The person is the nearest person
 * word, name or "he"/"she" before the phrase; a plural there ("they", "the victims", "both") is no one person. The
 * state must be the present one ("is", "remains", "is listed", "expected to"): "was taken to a hospital in critical
 * condition" is most often told of someone who then died, and a death told after the phrase in the same sentence
 * ("… in critical condition, where she died") makes it no hurt, unless told in a clause with a subject of its own
 * ("The driver … is in critical condition and a six year old passenger has been pronounced dead"). Beside the dead
 * told before it, one more person sent to a hospital is hurt too: "has left two boys dead and sent a teenage girl to
 * the hospital", "… died at the scene, and the other female victim was taken to a local hospital". Asked only when the
 * sentence gives no other count of the hurt. Also one person told with a wound one survives, "The child suffered
 * non-life threatening injuries" (Session 13, hurt13). Stateless.
 */
final class AliveInCare {
  private AliveInCare() {}

  /** A hospital's conditions: "in critical condition", "in critical but stable condition". */
  private static final Set<String> CONDITIONS = Set.of("critical", "serious", "stable", "fair", "good", "grave",
      "satisfactory", "guarded");

  /** Verbs of a present state before "in … condition": "is", "remains", "is listed", "was listed". */
  private static final Set<String> STATE_VERBS = Set.of("is", "'s", "remains", "remained", "listed");

  /** What one is expected to do when alive: "is expected to survive", "expected to live". */
  private static final Set<String> SURVIVE = Set.of("survive", "live", "recover");

  /** Words that tell a death after the phrase: "… in critical condition, where she later died". */
  private static final Set<String> DEATH_AFTER = Set.of("die", "died", "dies", "dead", "death", "succumb",
      "succumbed", "pronounced", "passed");

  /** Words for more than one person, which make the subject no one person: "They are in stable condition". */
  private static final Set<String> PLURAL_SUBJECTS = Set.of("they", "both", "all", "victims", "others", "people",
      "we", "two", "three", "four", "five");

  /** Words between two conditions: "in critical but stable condition", "in serious and now stable condition". */
  private static final Set<String> BETWEEN_CONDITIONS = Set.of("but", "and", "now", "still");

  /** Verbs before "expected to survive": "is expected to live", "was expected to recover". */
  private static final Set<String> EXPECTED_VERBS = Set.of("is", "'s", "was");

  /** Verbs before "recovering": "is recovering from injuries", "remains recovering". */
  private static final Set<String> RECOVERING_VERBS = Set.of("is", "'s", "remains");

  /** Words that join a clause which may have a subject of its own: "… condition and a six year old passenger …". */
  private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", ";");

  /** Tags that open such a subject: a determiner, a possessive, a number. */
  private static final Set<String> SUBJECT_STARTS = Set.of("DT", "PRP$", "CD");

  /** The pronouns of one person. */
  private static final Set<String> ONE_PRONOUNS = Set.of("he", "she");

  /** Words that make the person one more: "the other female victim", "Another victim". */
  private static final Set<String> OTHER = Set.of("another", "other");

  /** How far before the phrase (in tokens) the person may stand: "The other victim, identified by police as …". */
  private static final int REACH = 30;

  /** The one person alive in care, or sent to a hospital beside the dead, or null. */
  static Found of(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      int state = stateAt(t, i);
      if (state < 0 || deathAfter(t, i)) {
        continue;
      }
      int person = personBefore(s, state);
      if (person < 0) {
        continue;
      }
      return one(text, s, person, i);
    }
    // beside the dead told before it, one more sent to a hospital: "has left two boys dead and sent a teenage girl
    // to the hospital", "… died at the scene, and the other female victim was taken to a local hospital"
    for (int i = 1; i < t.size(); i++) {
      if (!TO_HOSPITAL.contains(t.get(i).lower()) || !WoundPhrases.hospitalAfter(t, i) || deathAfter(t, i)
          || !deathBefore(t, i)) {
        continue;
      }
      int person = t.get(i).lower().equals("sent") ? personAfter(s, i) : personBefore(s, i);
      if (person >= 0 && (t.get(i).lower().equals("sent") || another(t, person))) {
        return one(text, s, person, i);
      }
    }
    return null;
  }

  /** Verbs that send one person to a hospital. */
  private static final Set<String> TO_HOSPITAL = Set.of("sent", "taken", "rushed", "transported", "airlifted",
      "flown");

  private static Found one(String text, Sentence s, int person, int last) {
    Figure f = new Figure(FigureKind.INJURED, 1, 1, 1, Qualifier.EXACT, "1", FigureRules.SINGULAR_WOUNDED,
        Phrases.evidence(text, s, Math.min(person, last), Math.max(person, last)));
    return new Found(f, false);
  }

  /** Whether "another" or "other" stands just before the person word: "the other female victim", "Another victim". */
  private static boolean another(List<Token> t, int person) {
    for (int j = person - 1; j >= Math.max(0, person - 3); j--) {
      if (OTHER.contains(t.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The one person sent somewhere: "sent a teenage girl to the hospital", or -1. */
  private static int personAfter(Sentence s, int verb) {
    List<Token> t = s.tokens();
    for (int j = verb + 1; j < Math.min(t.size(), verb + 5) && !t.get(j).lower().equals("to"); j++) {
      if (PersonWords.oneVictim(s, j)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether the sentence tells a death before token {@code i}: the dead beside whom one more was hurt. */
  private static boolean deathBefore(List<Token> t, int i) {
    for (int j = 0; j < i; j++) {
      if (DEATH_AFTER.contains(t.get(j).lower()) || DEATH_AFTER.contains(t.get(j).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * If token {@code i} ends a present state of care ("condition" of "remains in critical condition", "survive" of
   * "is expected to survive", "recovering" of "is recovering"), the index of the state's first word (its verb);
   * else -1.
   */
  private static int stateAt(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (w.equals("condition") && i >= 2) {
      // "in critical condition", "in critical but stable condition", "in serious but stable condition"
      int j = i - 1;
      if (!CONDITIONS.contains(t.get(j).lower())) {
        return -1;
      }
      while (j > 0 && (CONDITIONS.contains(t.get(j - 1).lower())
          || BETWEEN_CONDITIONS.contains(t.get(j - 1).lower()))) {
        j--;
      }
      if (j < 1 || !t.get(j - 1).lower().equals("in")) {
        return -1;
      }
      return verbBefore(t, j - 1, STATE_VERBS);
    }
    if (SURVIVE.contains(t.get(i).lemma()) && i >= 2 && t.get(i - 1).lower().equals("to")
        && t.get(i - 2).lower().equals("expected")) {
      // "is expected to survive", "He was taken to … with serious injuries, but is expected to live"
      return verbBefore(t, i - 2, EXPECTED_VERBS);
    }
    if (Lexicon.WOUND_NOUNS.contains(w)) {
      // "The child suffered non-life threatening injuries", "the little girl is okay, and only suffered minor
      // injuries": a wound one survives, told in a sentence the annotator mostly leaves unparsed (Session 13)
      return survivedWound(t, i);
    }
    if (w.equals("recovering")) {
      // "is recovering from injuries", "is now recovering at home"
      return verbBefore(t, i, RECOVERING_VERBS);
    }
    return -1;
  }

  /** Verbs of a wound suffered: "suffered minor injuries", "sustained non-life-threatening wounds". */
  private static final Set<String> SUFFER = Set.of("suffer", "sustain");

  /** How many words may stand between the verb and the wound: "suffered what police called minor gunshot wounds". */
  private static final int WOUND_REACH = 6;

  /**
   * If the wound noun at {@code i} is one its victim survives ({@link WoundPhrases#NOT_FATAL}: "minor",
   * "non-life threatening", split by the tokenizer or not) and a verb of suffering stands before it, that verb's
   * index; else -1.
   */
  private static int survivedWound(List<Token> t, int i) {
    if (WoundPhrases.bladeWound(t, i)) { // "suffered a non-lifethreatening stab wound": no gunshot
      return -1;
    }
    StringBuilder between = new StringBuilder();
    for (int j = i - 1; j >= Math.max(0, i - WOUND_REACH); j--) {
      if (SUFFER.contains(t.get(j).lemma()) && t.get(j).isVerb()) {
        return WoundPhrases.NOT_FATAL.matcher(between.toString().replace(" ", "")).find() ? j : -1;
      }
      between.insert(0, t.get(j).lower());
    }
    return -1;
  }

  /** The index of a verb of {@code verbs} just before token {@code i}, past adverbs ("is currently in"), or -1. */
  private static int verbBefore(List<Token> t, int i, Set<String> verbs) {
    int j = i - 1;
    while (j >= 0 && t.get(j).pos().startsWith("RB")) {
      j--;
    }
    return j >= 0 && verbs.contains(t.get(j).lower()) ? j : -1;
  }

  /**
   * Whether the sentence tells a death after token {@code i} in the same clause: "… in critical condition, where she
   * died", "… and was later pronounced dead"; not in a clause with a subject of its own ("The driver … is in critical
   * condition and a six year old passenger has been pronounced dead").
   */
  private static boolean deathAfter(List<Token> t, int i) {
    for (int j = i + 1; j < t.size(); j++) {
      if (CLAUSE_JOINS.contains(t.get(j).lower()) && j + 1 < t.size()
          && SUBJECT_STARTS.contains(t.get(j + 1).pos())) {
        return false;
      }
      if (DEATH_AFTER.contains(t.get(j).lower()) || DEATH_AFTER.contains(t.get(j).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest word before token {@code state} that names one person (a person word or an age without a count of
   * its own, a name, "he" or "she"), or -1 when the nearest names several or none is near.
   */
  private static int personBefore(Sentence s, int state) {
    List<Token> t = s.tokens();
    for (int j = state - 1; j >= Math.max(0, state - REACH); j--) {
      Token k = t.get(j);
      if (PLURAL_SUBJECTS.contains(k.lower()) || k.pos().equals("NNS") && PersonWords.counts(k.lemma())) {
        return -1;
      }
      if (ONE_PRONOUNS.contains(k.lower())
          || k.ner().equals("PERSON") && !k.pos().equals("PRP")
          || PersonWords.oneVictim(s, j) && !Lexicon.PERPETRATOR_NOUNS.contains(k.lemma())) {
        return j;
      }
    }
    return -1;
  }
}
