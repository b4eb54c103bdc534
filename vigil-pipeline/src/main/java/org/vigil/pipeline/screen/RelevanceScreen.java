package org.vigil.pipeline.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Is an article about a violent or security incident? A weighted lexicon of incident words, built for recall: an
 * article passes when it holds at least one <em>harm</em> word (killed, bomb, hostage, gunman, wounded, guerrillas…
 * words that sports and business copy do not use for their own events) and its words add up to
 * {@link ScreenOptions#minRelevance()}. Words such as "attack", "shot" or "injury" count, but only beside a harm
 * word, because match reports are full of them. Each word counts at most {@link #MAX_PER_WORD} times, so one
 * repeated word cannot carry a long article. "shot", "shoots" and "shoot" are harm words when used of people
 * ({@link #shotAtPeople}: "three shot on …", "toddler shot in head", "shot to death", "shoots son"), so a headline
 * that tells a shooting passes alone (the headline counts twice) over an empty body or a log-in wall.
 *
 * <p>The lexicon names no place, person or organisation; it is general English incident vocabulary (the
 * incident types of {@code docs/ontology.md}). Stateless and thread-safe.
 */
public final class RelevanceScreen {
  /** The default score an article needs. */
  public static final int DEFAULT_MIN_SCORE = 4;
  /** Occurrences of one lexicon entry that count. */
  public static final int MAX_PER_WORD = 3;

  /** Harm words: weight 3, and one of them is required. A trailing {@code *} matches any ending. */
  private static final List<String> HARM = List.of(
      "kill*", "murder*", "slain", "slay*", "massacre*", "assassinat*", "behead*", "homicide*", "manslaughter",
      "gunman", "gunmen", "gunfire", "gunshot*", "gunpoint", "shooting*", "shootout*", "sniper*", "stabbed",
      "stabbing*", "bomb*", "explosion*", "explosive*", "exploded", "detonat*", "grenade*", "dynamite*", "landmine*",
      "airstrike*", "shelling", "mortar*", "missile*", "rocket", "rockets", "terroris*", "hostage*", "kidnap*",
      "abduct*",
      "hijack*", "militant*", "insurgen*", "guerrilla*", "guerilla*", "jihadi*", "extremist*", "ambush*", "arson*",
      "wounded", "wounding", "casualties", "fatalities", "died", "dead", "deaths", "corpse*",
      "massacred", "lynch*", "torture*", "rape*", "raped", "robbed", "robbery", "robberies", "carjack*", "firearm*",
      "rifle*", "gun", "guns", "bullet*", "handgun*", "pistol*", "ammunition", "machete*", "riot*", "coup");

  /** Context words: weight 1 or 2, counted only when a harm word is present. */
  private static final Map<String, Integer> CONTEXT = contextWords();

  private RelevanceScreen() {}

  private static Map<String, Integer> contextWords() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String w : List.of("attack*", "shot", "shots", "shoot", "shoots", "armed", "weapon*",
        "wound*", "injur*", "death", "die", "dies", "fatal*", "victim*", "violen*", "clash*", "raid*", "rebel*",
        "suspect*", "arrest*", "fired", "opened", "blast*", "fighter*", "captive*", "ransom", "siege", "crime*",
        "criminal*", "gang*", "assault*", "hospital*", "morgue", "funeral*", "mourn*")) {
      m.put(w, 2);
    }
    for (String w : List.of("police*", "policem*", "army", "armies", "soldier*", "troops", "military", "security",
        "forces", "officer*", "war", "fighting", "conflict", "captured", "detained", "emergency",
        "investigat*", "sheriff*", "patrol*", "checkpoint*", "curfew", "authorities")) {
      m.putIfAbsent(w, 1);
    }
    return m;
  }

  /** The relevance of an article from its title (may be null) and text. */
  public static Relevance score(String title, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> titleWords = title == null ? List.of() : StoryFingerprint.words(title);
    List<String> words = new ArrayList<>(titleWords);
    words.addAll(titleWords);
    words.addAll(StoryFingerprint.words(text));
    int harm = 0;
    int score = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String entry = shotAtPeople(words, i) ? "shot (people)" : match(HARM, w);
      int weight = 3;
      if (entry == null) {
        entry = match(CONTEXT.keySet(), w);
        weight = entry == null ? 0 : CONTEXT.get(entry);
      } else {
        harm++;
      }
      if (entry != null) {
        int seen = counts.merge(entry, 1, Integer::sum);
        if (seen <= MAX_PER_WORD) {
          score += weight;
        }
      }
    }
    List<String> top = new ArrayList<>(counts.keySet());
    top.sort((a, b) -> counts.get(b) - counts.get(a));
    return new Relevance(harm == 0 ? 0 : score, harm, List.copyOf(top.subList(0, Math.min(5, top.size()))));
  }

  /**
   * Words before "shot" that make it a shooting of people: "was shot", "fatally shot", "he shot" ("five people
   * shot", "teen shot", "5-year-old shot" go through {@link #PERSONS} and counts).
   */
  private static final Set<String> SHOT_BEFORE = Set.of("was", "were", "been", "being", "got", "get", "gets",
      "fatally", "accidentally", "accidently", "mortally", "critically", "allegedly", "reportedly", "he", "she",
      "they", "and");

  /** Words after "shot" that do the same: "shot dead", "shot and killed", "shot himself", "shot self". */
  private static final Set<String> SHOT_AFTER = Set.of("dead", "himself", "herself", "themselves", "self", "him",
      "her", "them", "multiple", "several", "twice", "once");

  /** Who is shot or shoots: people by age, kin and role, and the "old" of "5-year-old". */
  private static final Set<String> PERSONS = Set.of("people", "persons", "person", "man", "men", "woman", "women",
      "boy", "boys", "girl", "girls", "teen", "teens", "teenager", "teenagers", "child", "children", "kid", "kids",
      "toddler", "toddlers", "juvenile", "juveniles", "infant", "baby", "student", "students", "son", "daughter",
      "father", "dad", "mother", "mom", "wife", "husband", "brother", "sister", "girlfriend", "boyfriend",
      "neighbor", "neighbour", "cousin", "officer", "officers", "deputy", "deputies", "trooper", "troopers",
      "victim", "victims", "suspect", "suspects", "old");

  /** Words that can stand between "shoots" and whom it shoots: "shoots his wife", "shoots a man". */
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "own");

  /** Words after "two shot" that make the count the people shot, not a golf lead: "three shot on Main Street". */
  private static final Set<String> AFTER_COUNT_SHOT = Set.of("in", "on", "at", "during", "near", "outside",
      "inside", "after", "dead", "and", "by", "while", "overnight", "early", "late", "along", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Set<String> BODY_PARTS = Set.of("head", "arm", "arms", "leg", "legs",
      "chest", "back", "neck", "face", "stomach", "abdomen", "hand", "foot", "buttocks", "shoulder", "torso",
      "side", "hip", "thigh", "groin");

  private static final Set<String> POLICE = Set.of("police", "officer", "officers", "deputy", "deputies",
      "trooper", "troopers", "agents", "cops");

  private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve");

  /**
   * "shot", "shoots" or "shoot" used of people. "shot": after a person, a count or a passive ("teen shot", "three
   * shot on …", "was shot"), or before its object or wound ("shot dead", "shot self", "shot to death", "shot in
   * (the) arm", "shot by police", "shot four men", "shot 4 in …"). "shoot(s)": before a person ("shoots son", "shoots
   * 5-year-old boy", "shoots himself"). A golf "two shot lead", a "shot 68", "shoots the ball" or a film "shoot"
   * are none of these.
   */
  private static boolean shotAtPeople(List<String> words, int i) {
    String w = words.get(i);
    if (w.equals("shoots") || w.equals("shoot")) {
      return shootsWhom(words, i + 1);
    }
    if (!w.equals("shot")) {
      return false;
    }
    String before = i > 0 ? words.get(i - 1) : "";
    String next = at(words, i + 1);
    if (next.length() == 2 && next.chars().allMatch(Character::isDigit) && !isCount(next)) {
      return false; // "he shot 68": a round of golf
    }
    if (SHOT_BEFORE.contains(before) || PERSONS.contains(before)
        || isCount(before) && (next.isEmpty() || AFTER_COUNT_SHOT.contains(next))) {
      return true;
    }
    if (SHOT_AFTER.contains(next) || next.equals("to") && at(words, i + 2).equals("death")) {
      return true;
    }
    // "shot in arm", "shot in the head", "shot in his left leg"
    if (next.equals("in")) {
      for (int j = i + 2; j <= i + 4; j++) {
        if (BODY_PARTS.contains(at(words, j))) {
          return true;
        }
      }
    }
    if (next.equals("by")) {
      return POLICE.contains(at(words, i + 2)) || POLICE.contains(at(words, i + 3));
    }
    // "shot four men", "shot 4 in Logan Heights" (a small count: "shot 68" is a golf round)
    return isCount(next) && (PERSONS.contains(at(words, i + 2)) || AFTER_COUNT_SHOT.contains(at(words, i + 2)));
  }

  /** A person (or a reflexive) at {@code j}, after at most one determiner: "son", "his wife", "5-year-old boy". */
  private static boolean shootsWhom(List<String> words, int j) {
    String w = at(words, j);
    if (DETERMINERS.contains(w)) {
      w = at(words, ++j);
    }
    if (!w.isEmpty() && w.chars().allMatch(Character::isDigit) && at(words, j + 1).equals("year")) {
      return true;
    }
    return PERSONS.contains(w) && !w.equals("old") || Set.of("himself", "herself", "themselves", "self").contains(w);
  }

  /** A count of two to thirty, in digits or words. */
  private static boolean isCount(String w) {
    if (NUMBER_WORDS.contains(w)) {
      return true;
    }
    if (w.isEmpty() || w.length() > 2 || !w.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int n = Integer.parseInt(w);
    return n >= 2 && n <= 30;
  }

  private static String at(List<String> words, int j) {
    return j < words.size() ? words.get(j) : "";
  }

  private static String match(Iterable<String> entries, String word) {
    for (String e : entries) {
      boolean prefix = e.endsWith("*");
      String stem = prefix ? e.substring(0, e.length() - 1) : e;
      if (prefix ? word.startsWith(stem) : word.equals(stem)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The relevance of one article.
   *
   * @param score the weighted count of lexicon words, 0 when no harm word is present
   * @param harmWords occurrences of harm words
   * @param topWords up to five lexicon entries found most often, for the skip message
   */
  public record Relevance(int score, int harmWords, List<String> topWords) {
    public Relevance {
      topWords = List.copyOf(topWords);
    }

    /** "score 2 (died ×1, police* ×1)"-like text for messages. */
    public String describe() {
      return String.format(Locale.ROOT, "score %d, %d harm words%s", score, harmWords,
          topWords.isEmpty() ? "" : " (" + String.join(", ", topWords) + ")");
    }
  }
}
