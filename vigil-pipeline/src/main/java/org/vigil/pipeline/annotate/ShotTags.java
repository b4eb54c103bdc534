package org.vigil.pipeline.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects the tagger where it reads the verb "shot" as a noun. The extractor reads harm only from verbs ("a shot was
 * fired" is not a victim), so each such error loses a shooting or its victims.
 *
 * <p>Headline English: in "Boy, 13, shot near base has died", "2 shot, 1 dead in overnight shooting" or "Woman shot
 * in leg during robbery" the tagger reads "shot" as a noun, because headlines drop the "was" and the article that
 * would tell it a verb; such a headline is often all a walled or empty page gives. Here "shot" is the verb's
 * participle when a number or a person stands right before it (with no determiner or verb before the number that
 * would make it the noun: "a warning shot", "fired one shot") and a preposition, a conjunction, punctuation or an
 * adverb comes after it.
 *
 * <p>A quantifier between "be" and "shot": in "a … man and his two young children found dead … were all shot, and a
 * pistol was found" the tagger reads "all shot" as a determiner and its noun, and the article lost its only
 * shooting (GVA dev, Session 17: no incident at all). After "were / was / are / is / been" and "all / both / each",
 * "shot" is the participle ("were both shot in the head").
 *
 * <p>Coordinated verbs: in "A gunman shot and killed a 17-year-old boy" the tagger reads "gunman shot" as a compound
 * noun. "shot" followed by "and" and a past-tense harm verb is that verb's partner, in the same tense.
 */
final class ShotTags {
  /** People a headline says were shot: "Man shot", "Teens shot". */
  private static final Set<String> PEOPLE = Set.of("man", "men", "woman", "women", "boy", "boys", "girl", "girls",
      "teen", "teens", "teenager", "teenagers", "child", "children", "kid", "kids", "toddler", "toddlers", "baby",
      "infant", "student", "students", "officer", "officers", "deputy", "trooper", "person", "persons", "people",
      "father", "mother", "dad", "mom", "son", "daughter", "brother", "sister", "driver", "drivers", "resident",
      "residents", "victim", "victims", "suspect", "suspects", "juvenile", "juveniles", "youth", "youths", "clerk",
      "worker", "guard", "others", "cop", "cops", "couple", "pedestrian", "bystander", "customer", "employee");
  /** The unit of an age written "3-year-old", "17-month-old". */
  private static final Set<String> AGE_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
      "days");
  /** Tags of what may follow the participle: a preposition, a conjunction, punctuation, an adverb ("twice"). */
  private static final Set<String> AFTER = Set.of("IN", "TO", "CC", ",", ".", ":", "RB", "JJ");

  /** The quantifiers that may stand between "be" and its participle: "were all shot", "were both shot". */
  private static final Set<String> QUANTIFIERS = Set.of("all", "both", "each");
  /** The forms of "be" before such a quantifier. */
  private static final Set<String> BE = Set.of("were", "was", "are", "is", "been");

  /** Harm verbs "shot and …" is coordinated with. */
  private static final Set<String> PARTNERS = Set.of("killed", "wounded", "injured", "murdered", "robbed");

  private ShotTags() {}

  /** Re-tags, in place, each "shot" of the sentence that is a verb the tagger took for a noun. */
  static void retag(List<CoreLabel> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel k = tokens.get(i);
      if (!k.word().equalsIgnoreCase("shot") || !k.tag().startsWith("NN")) {
        continue;
      }
      if (i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("and")
          && tokens.get(i + 2).tag().matches("VB[DN]")
          && PARTNERS.contains(tokens.get(i + 2).word().toLowerCase(Locale.ROOT))) {
        k.setTag(tokens.get(i + 2).tag());
        k.setLemma("shoot");
        continue;
      }
      String after = i + 1 < tokens.size() ? tokens.get(i + 1).tag() : ".";
      if (!AFTER.contains(after) && !after.startsWith("RB")) {
        continue;
      }
      if (victimBefore(tokens, i)) {
        k.setTag("VBN");
        k.setLemma("shoot");
      }
    }
  }

  /**
   * A number, a person or an age ("3-year-old") right before "shot", "Boy, 13," (a person with an age in commas), or a
   * quantifier after "be" ("were all shot").
   */
  private static boolean victimBefore(List<CoreLabel> tokens, int i) {
    CoreLabel prev = tokens.get(i - 1);
    if (prev.tag().equals("CD")) {
      // "fired one shot at the car" is the noun
      String before = i >= 2 ? tokens.get(i - 2).tag() : "";
      return !before.startsWith("VB") && !before.equals("DT");
    }
    if (PEOPLE.contains(prev.word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    // "were all shot": the victims are the subject of "were"
    if (i >= 2 && QUANTIFIERS.contains(prev.word().toLowerCase(Locale.ROOT))
        && BE.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    // "3-year-old shot to death": an age standing for the person
    if (prev.word().equalsIgnoreCase("old") && i >= 3 && tokens.get(i - 2).word().equals("-")
        && AGE_UNITS.contains(tokens.get(i - 3).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    // "Boy, 13, shot": the comma after the age
    return prev.word().equals(",") && i >= 3 && tokens.get(i - 2).tag().equals("CD")
        && tokens.get(i - 3).word().equals(",");
  }
}
