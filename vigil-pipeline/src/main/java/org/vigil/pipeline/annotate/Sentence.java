package org.vigil.pipeline.annotate;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Span;

/**
 * One sentence of an annotated article, with its tokens and (when parsed) its dependencies.
 *
 * @param index position in the article (0-based)
 * @param paragraph index of the paragraph the sentence is in
 * @param span offsets in the article text
 * @param tokens the tokens, in order
 * @param dependencies basic dependencies; empty when the sentence was not parsed
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The head of {@code token}, or -1 for the root or when unparsed. */
  public int head(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d.governor();
      }
    }
    return -1;
  }

  /** The relation linking {@code token} to its head, or null. */
  public String relation(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d.relation();
      }
    }
    return null;
  }

  /** The dependents of {@code token} with the given relation prefix ("nsubj" matches "nsubj:pass"). */
  public List<Integer> children(int token, String relationPrefix) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == token && d.relation().startsWith(relationPrefix)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * Whether {@code token} has a dependent with the given relation prefix whose lower-cased word is {@code word}:
   * "also" as an adverb of "shot", "other" as an adjective of "men".
   */
  public boolean hasChild(int token, String relationPrefix, String word) {
    for (Dependency d : dependencies) {
      if (d.governor() == token && d.relation().startsWith(relationPrefix)
          && tokens.get(d.dependent()).lower().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The text from token {@code from} to token {@code to} inclusive, as written in {@code text}. */
  public String text(String articleText, int from, int to) {
    return articleText.substring(tokens.get(from).begin(), tokens.get(to).end());
  }

  /**
   * The index of the first token that begins at or after character offset {@code offset} of the article text (the
   * token after a span that ends there), or the number of tokens when none does. Tokens are in text order.
   */
  public int firstTokenFrom(int offset) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).begin() < offset) {
      i++;
    }
    return i;
  }

  public Span span(int from, int to) {
    return new Span(tokens.get(from).begin(), tokens.get(to).end());
  }
}
