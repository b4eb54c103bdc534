package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * A harm that did not happen, read from the words just before its word: denied ("did not die", "not fatal"), tried
 * ("attempted murder", "an attempted murder-suicide"), only possible ("could have died") or near ("nearly killed").
 * For the rules that read a harm token by token, not from the parse ({@link LaterDeath}, {@link HeadlineDeathWord},
 * {@link OneByOne#suicide}), and for the deaths the parse gives ({@link #denied}: {@link OneByOne#singleDeaths}, a
 * death joined to a shot in {@link WoundPhrases#shotDead}). Stateless.
 */
final class UnrealHarm {
  private UnrealHarm() {}

  /** Words that make the harm after them no fact. */
  private static final Set<String> WORDS = Set.of("not", "n't", "no", "never", "non", "attempted", "attempt",
      "could", "would", "might", "may", "possible", "near", "nearly", "almost");

  /**
   * Whether the harm verb or state at {@code v} is denied: a negation the parse attaches to it, or one right before it
   * ("He did not die", "the boy is not dead", where the parse may attach "not" to the copula).
   */
  static boolean denied(Sentence s, int v) {
    return OneByOne.negated(s, v) || v > 0 && FigureRules.NEGATIONS.contains(s.tokens().get(v - 1).lower());
  }

  /**
   * Whether a word that makes the harm no fact stands in the {@code reach} tokens before token {@code i}.
   *
   * @param t the sentence's tokens
   * @param i the harm's word
   * @param reach how many tokens before it are read
   */
  static boolean before(List<Token> t, int i, int reach) {
    for (int j = Math.max(0, i - reach); j < i; j++) {
      if (WORDS.contains(t.get(j).lower())) {
        return true;
      }
    }
    return false;
  }
}
