package org.vigil.pipeline.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.vigil.model.Evidence;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/** Noun-phrase extents and evidence built from the dependency parse. */
final class Phrases {
  private Phrases() {}

  /** Relations that stay inside a noun phrase. */
  private static final Set<String> NP_RELATIONS = Set.of("det", "amod", "compound", "nummod", "flat", "nmod:poss",
      "case", "advmod", "punct", "compound:prt", "det:predet", "fixed", "goeswith");

  /**
   * The token range {@code [first, last]} of the noun phrase headed by {@code head}: the head plus its determiners,
   * adjectives, compounds and numbers, kept contiguous and never crossing a comma.
   */
  static int[] nounPhrase(Sentence s, int head) {
    int first = head;
    int last = head;
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      for (var d : s.dependencies()) {
        if (d.governor() == t && NP_RELATIONS.contains(d.relation())) {
          Token dep = s.tokens().get(d.dependent());
          if (d.relation().equals("punct") && !dep.word().equals("-")) {
            continue;
          }
          if (d.relation().equals("case") && !dep.pos().equals("POS")) {
            continue;
          }
          first = Math.min(first, d.dependent());
          last = Math.max(last, d.dependent());
          todo.push(d.dependent());
        }
      }
    }
    // never reach across a comma or a verb that the parse hung inside the phrase
    for (int i = head - 1; i >= first; i--) {
      Token k = s.tokens().get(i);
      if (k.word().equals(",") || k.isVerb() && !k.pos().equals("VBN") && !k.pos().equals("VBG")) {
        first = i + 1;
        break;
      }
    }
    for (int i = head + 1; i <= last; i++) {
      Token k = s.tokens().get(i);
      if (k.word().equals(",") || k.isVerb()) {
        last = i - 1;
        break;
      }
    }
    return new int[] {first, last};
  }

  static Evidence evidence(String text, Sentence s, int first, int last) {
    Span span = s.span(first, last);
    return new Evidence(span, span.of(text), s.span());
  }

  static Evidence evidence(String text, Sentence s, Span span) {
    return new Evidence(span, span.of(text), s.span());
  }

  /** Text of tokens {@code first..last}, without a leading determiner "the". */
  static String text(String text, Sentence s, int first, int last) {
    return s.text(text, first, last);
  }

  /** The index of the first token at or after {@code from} with lemma in {@code lemmas}, or -1. */
  static int find(Sentence s, int from, Set<String> lemmas) {
    for (int i = from; i < s.tokens().size(); i++) {
      if (lemmas.contains(s.tokens().get(i).lemma())) {
        return i;
      }
    }
    return -1;
  }

  /** True when tokens {@code i..} spell the given lower-case words. */
  static boolean wordsAt(Sentence s, int i, String... words) {
    if (i < 0 || i + words.length > s.tokens().size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!s.tokens().get(i + k).lower().equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
