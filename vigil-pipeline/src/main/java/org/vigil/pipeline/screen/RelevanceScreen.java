package org.vigil.pipeline.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Is an article about a violent or security incident? A weighted lexicon of incident words, built for recall: an
 * article passes when it holds at least one <em>harm</em> word (killed, bomb, hostage, gunman, wounded, guerrillas…
 * words that sports and business copy do not use for their own events) and its words add up to
 * {@link ScreenOptions#minRelevance()}. Words such as "attack", "shot" or "injury" count, but only beside a harm
 * word, because match reports are full of them. Each word counts at most {@link #MAX_PER_WORD} times, so one
 * repeated word cannot carry a long article.
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

  /** Words before "shot" that make it a shooting of people: "was shot", "five people shot", "fatally shot". */
  private static final java.util.Set<String> SHOT_BEFORE = java.util.Set.of("was", "were", "been", "being", "got",
      "get", "gets", "people", "persons", "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen",
      "teens", "child", "children", "officer", "officers", "fatally", "accidentally", "mortally", "critically",
      "allegedly", "reportedly", "he", "she", "they", "victim", "victims", "and");

  /** Words after "shot" that do the same: "shot dead", "shot and killed", "shot himself", "shot in the head". */
  private static final java.util.Set<String> SHOT_AFTER = java.util.Set.of("dead", "himself", "herself",
      "themselves", "him", "her", "them", "multiple", "several", "twice", "once");

  private static final java.util.Set<String> BODY_PARTS = java.util.Set.of("head", "arm", "arms", "leg", "legs",
      "chest", "back", "neck", "face", "stomach", "abdomen", "hand", "foot", "buttocks", "shoulder", "torso",
      "side", "hip", "thigh", "groin");

  private static boolean shotAtPeople(List<String> words, int i) {
    if (!words.get(i).equals("shot")) {
      return false;
    }
    if (i > 0 && SHOT_BEFORE.contains(words.get(i - 1))) {
      return true;
    }
    if (i + 1 < words.size() && SHOT_AFTER.contains(words.get(i + 1))) {
      return true;
    }
    // "shot in the head", "shot in his leg"
    return i + 3 < words.size() && words.get(i + 1).equals("in") && BODY_PARTS.contains(words.get(i + 3));
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
