package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Sentence;

/**
 * A call about the event that the police answered: "At about 1:16pm, on Wednesday, June 8, 2016, officers from
 * District B-2 (Roxbury) responded to a call for a person or persons shot in the area of …" (#1420 of GVA dev, whose
 * first sentence dates a third arrest "today"), "deputies were dispatched to a report of shots fired". A call is
 * answered within minutes of the shots, so the day of the answer is the event's.
 *
 * <p>Stateless and thread-safe.
 */
final class AnsweredCall {
  private AnsweredCall() {}

  /** Verbs of the police answering a call. */
  private static final Set<String> ANSWER_VERBS = Set.of("respond", "dispatch");

  /** Nouns of a call for service, which name what was called in below them ("a call of shots fired"). */
  private static final Set<String> CALL_NOUNS = Set.of("call", "report");

  /** How many words up a word of the event may hang below the call's noun ("a call for a person … shot"). */
  private static final int REACH = 3;

  /**
   * Whether {@code verb} is the police answering the event: "responded to the shooting", "responded to a call for a
   * person shot", "were dispatched to a report of shots fired".
   */
  static boolean ofEvent(Sentence s, int verb, List<Mention> triggers) {
    if (!ANSWER_VERBS.contains(s.tokens().get(verb).lemma())) {
      return false;
    }
    for (int o : s.children(verb, "obl")) {
      if (EventWords.event(s, o, triggers)) {
        return true;
      }
      if (CALL_NOUNS.contains(s.tokens().get(o).lemma()) && calledIn(s, o, triggers)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the event hangs, within a few steps, below the call's noun. */
  private static boolean calledIn(Sentence s, int call, List<Mention> triggers) {
    for (int i = call + 1; i < s.tokens().size(); i++) {
      if (!EventWords.event(s, i, triggers)) {
        continue;
      }
      for (int h = s.head(i), steps = 0; h >= 0 && steps < REACH; h = s.head(h), steps++) {
        if (h == call) {
          return true;
        }
      }
    }
    return false;
  }
}
