package org.vigil.pipeline.extract;

import static org.vigil.pipeline.extract.FigureRules.NEGATIONS;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * A harm that did not happen, read from the words just before its word: denied ("did not die", "not fatal"), tried
 * ("attempted murder", "an attempted murder-suicide"), only possible ("could have died") or near ("nearly killed").
 * For the rules that read a harm token by token, not from the parse ({@link LaterDeath}, {@link HeadlineDeathWord},
 * {@link KillerSuicide#suicide}), and for the deaths the parse gives ({@link #denied}: {@link OneByOne#singleDeaths}, a
 * death joined to a shot in {@link WoundPhrases#shotDead}). A harm verb the parse marks as no fact ({@link #unreal}:
 * under a modal, negated, an infinitive; {@link #negated} alone for a count's verb) is read here too. Stateless.
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
    return negated(s, v) || v > 0 && FigureRules.NEGATIONS.contains(s.tokens().get(v - 1).lower());
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

  /** "He could have died", "she would be dead": a death that did not happen. */
  static boolean modal(Sentence s, int v) {
    return s.children(v, "aux").stream().anyMatch(a -> s.tokens().get(a).pos().equals("MD"));
  }

  /** A harm that did not happen: under a modal, negated, or an infinitive ("did not mean to hurt him"). */
  static boolean unreal(Sentence s, int v) {
    return modal(s, v) || negated(s, v)
        || s.hasChild(v, "mark", "to");
  }

  /**
   * A verb negated: "did not mean to hurt him"; also asked of a count's verb ("two adults in the child's vehicle were
   * not injured"), where a modal or an infinitive is only a hedge ("at least four people may have been injured",
   * "was reported to have been injured").
   */
  static boolean negated(Sentence s, int v) {
    return s.children(v, "advmod").stream().anyMatch(a -> NEGATIONS.contains(s.tokens().get(a).lower()));
  }
}
