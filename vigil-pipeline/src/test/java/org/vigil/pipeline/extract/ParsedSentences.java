package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Dependency;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/** Sentences as CoreNLP parsed them, written out by hand, so that a rule is tested on the parse that motivated it. */
final class ParsedSentences {
  private ParsedSentences() {}

  /**
   * A parsed sentence from "word/TAG/lemma&gt;head:relation" items separated by spaces; an item may give its
   * named-entity tag as a fourth field ("Smith/NNP/smith/PERSON&gt;7:compound"), else "O".
   */
  static Sentence parsed(String spec) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    String[] items = spec.split(" ");
    for (int i = 0; i < items.length; i++) {
      String[] wordAndHead = items[i].split(">", 2);
      String[] w = wordAndHead[0].split("/");
      String[] head = wordAndHead[1].split(":", 2);
      tokens.add(new Token(i, w[0], i, i + 1, w[2], w[1], w.length > 3 ? w[3] : "O", null));
      deps.add(new Dependency(Integer.parseInt(head[0]), i, head[1]));
    }
    return new Sentence(0, 0, new Span(0, items.length), tokens, deps);
  }
}
