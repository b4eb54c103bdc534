package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The words that tell the event itself: the incident's trigger words, and the verbs and nouns that report an attack
 * happening ("happened", "died", "opened fire", "the shooting"), whose days date the incident.
 *
 * <p>Stateless and thread-safe.
 */
final class EventWords {
  private EventWords() {}

  /** Verbs and nouns that report the event itself happening, besides the incident's triggers. */
  private static final Set<String> EVENT_WORDS = Set.of("happen", "occur", "erupt", "die", "death", "fire", "wound",
      "injure", "hit", "strike", "shot", "shooting", "kill", "killing", "slay", "stab", "attack", "murder", "explode",
      "gun", "gunfire", "sustain", "suffer");

  /** Whether a word is one of the incident's triggers or reports the event happening. */
  static boolean event(Sentence s, int token, List<Mention> triggers) {
    for (Mention m : triggers) {
      if (m.sentence() == s.index() && m.token() == token) {
        return true;
      }
    }
    Token k = s.tokens().get(token);
    // "opened fire … on Sunday night"
    boolean openedFire = k.lemma().equals("open")
        && s.children(token, "obj").stream().anyMatch(o -> s.tokens().get(o).lemma().equals("fire"));
    return EVENT_WORDS.contains(k.lemma()) || EVENT_WORDS.contains(k.lower()) || openedFire;
  }

  /** "The shooting was reported just before 2 a.m. on May 31": the event reported, said of its own time. */
  static boolean reportOfEvent(Sentence s, int verb, List<Mention> triggers) {
    return s.tokens().get(verb).lemma().equals("report")
        && s.children(verb, "nsubj:pass").stream().anyMatch(n -> event(s, n, triggers));
  }
}
