package org.vigil.pipeline.annotate;

import java.util.List;
import org.vigil.model.Article;

/** An article with its sentences, tokens and dependencies: the input to extraction. */
public record Annotated(Article article, List<Sentence> sentences) {
  public Annotated {
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return article.text();
  }
}
