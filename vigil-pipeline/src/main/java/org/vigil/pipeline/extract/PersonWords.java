package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The words a casualty count may count as people: people words ("civilian", "policeman"), kin and other words for
 * one person ("his 13-year-old brother"), ages standing for a person ("a 16-year-old"); and whether a word names one
 * victim without a count of its own. Read by {@link FigureRules} and the rules around it. Stateless.
 */
final class PersonWords {
  private static final Set<String> PEOPLE_WORDS = Set.of("people", "person", "civilian", "man", "woman", "child",
      "student", "tourist", "foreigner", "victim", "worker", "soldier", "policeman", "officer", "resident",
      "villager", "passenger", "member", "national", "citizen", "guest", "staff", "worshipper", "pilgrim",
      "teenager", "boy", "girl", "adult", "hostage", "employee", "guard", "peasant", "bystander", "customer",
      "patron", "journalist", "teacher", "pupil", "family", "relative", "other", "individual", "youth", "personnel",
      "troop", "policemen", "police", "security", "hiker", "shopper", "diner", "parishioner", "spectator",
      "survivor", "casualty", "american", "briton", "local");
  /**
   * Further words for one person that a casualty count may bind to ("shot and killed his 13-year-old brother",
   * "striking the two firefighters and his brother": Session 20, hurt20a), kept out of {@link #isPeople}: as MUC-4
   * victims they cost more precision than they bring.
   */
  private static final Set<String> PERSON_WORDS = Set.of("teen", "toddler", "baby", "infant", "kid",
      "son", "daughter", "brother", "sister", "father", "mother", "husband", "wife", "friend", "neighbor",
      "neighbour", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather",
      "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother", "boyfriend", "girlfriend", "sibling",
      "deputy", "trooper", "sophomore", "freshman", "classmate", "roommate", "companion", "partygoer",
      "motorist", "driver", "rider", "occupant", "pedestrian", "juvenile", "minor", "male", "female", "clerk",
      "homeowner", "tenant", "acquaintance", "coworker", "co-worker", "grandchild", "child", "twin", "mom", "dad",
      "firefighter");

  /** "a 16-year-old", "the 3-year-old": an age standing for a person. */
  static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("\\d+-(year|month)-old");

  private PersonWords() {}

  /** Whether a lemma names people ("civilian", "policeman", "tourist"). */
  static boolean isPeople(String lemma) {
    return PEOPLE_WORDS.contains(lemma);
  }

  /** Whether a casualty count may count this noun: people words, kin and ages ("a 16-year-old"). */
  static boolean counts(String lemma) {
    return PEOPLE_WORDS.contains(lemma) || PERSON_WORDS.contains(lemma) || AGE_NOUN.matcher(lemma).matches()
        // the lemmatiser leaves some plurals alone ("teens", "troops")
        || lemma.endsWith("s") && (PERSON_WORDS.contains(lemma.substring(0, lemma.length() - 1))
            || PEOPLE_WORDS.contains(lemma.substring(0, lemma.length() - 1)));
  }

  private static final java.util.regex.Pattern AGE_UNIT = java.util.regex.Pattern.compile("(year|month|week|day)s?");

  /** Whether the number at token {@code n} opens an age: "16 - year - old". */
  private static boolean opensAge(List<Token> t, int n) {
    return n + 2 < t.size() && t.get(n + 1).word().equals("-") && AGE_UNIT.matcher(t.get(n + 2).lower()).matches();
  }

  /** Whether token {@code i} ends an age used as a noun: "a 9-year-old" (tokens 9 - year - old). */
  static boolean age(Sentence s, int i) {
    List<Token> t = s.tokens();
    return ageWord(t, i) && !(i + 1 < t.size() && t.get(i + 1).isNoun());
  }

  /** Whether a token ends an age ("3-year-old"), whatever follows it. */
  static boolean ageWord(List<Token> t, int i) {
    return i >= 4 && t.get(i).lower().equals("old") && t.get(i - 1).word().equals("-")
        && t.get(i - 4).pos().equals("CD") && opensAge(t, i - 4);
  }

  /**
   * Whether a word names one victim without a count of its own: a person word or an age ("a woman", "a 16-year-old
   * boy"), not "two men", not an attacker, not everyone of a group told one at a time ({@link #distributive}).
   */
  static boolean oneVictim(Sentence s, int i) {
    Token k = s.tokens().get(i);
    return ((k.pos().equals("NN") || k.pos().equals("NNP")) && counts(k.lemma()) || age(s, i))
        && !counted(s, i) && !Lexicon.PERPETRATOR_NOUNS.contains(k.lemma()) && !distributive(s, i);
  }

  /**
   * Whether a singular noun stands for each member of a group counted elsewhere: "Each victim suffered gunshot wounds
   * to the head" after three found dead, "every victim was shot" — the harm of all of them, not of one more victim.
   */
  static boolean distributive(Sentence s, int noun) {
    return s.hasChild(noun, "det", "each") || s.hasChild(noun, "det", "every");
  }

  /**
   * Whether {@code conj}, which the parse joins to {@code head} as one more of a list, is the same person named again:
   * "the teen, John Smith II, died" read as "the teen and John Smith II" (GVA dev 1850, Session 21, hurt21a: two dead
   * of one). So when one of the two is a person word and the other a name, and no "and" / "or" joins any member of
   * the list ("a teen, a woman and John Smith" is three).
   */
  static boolean namedAgain(Sentence s, int head, int conj) {
    List<Token> t = s.tokens();
    boolean nameAfterWord = name(t.get(conj)) && !name(t.get(head)) && counts(t.get(head).lemma());
    boolean wordAfterName = name(t.get(head)) && !name(t.get(conj)) && counts(t.get(conj).lemma());
    return (nameAfterWord || wordAfterName) && s.children(head, "conj").stream()
        .allMatch(c -> s.children(c, "cc").isEmpty()) && s.children(head, "cc").isEmpty();
  }

  /** Whether a token is part of a person's name (the tagger's PERSON on a proper noun). */
  static boolean name(Token k) {
    return k.ner().equals("PERSON") && k.pos().startsWith("NNP");
  }

  /** Whether a noun has a count of its own ("two men"); the number of an age ("a 16-year-old boy") is not one. */
  static boolean counted(Sentence s, int noun) {
    return s.children(noun, "nummod").stream().anyMatch(c -> !opensAge(s.tokens(), c));
  }
}
