package org.vigil.store.run;

import java.util.Objects;
import org.vigil.model.Article;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.clean.Cleaner;
import org.vigil.pipeline.clean.CleanerOptions;

/**
 * The real extractor: Vigil's pipeline, plus the cleaned text (cleaned a second time with the same cleaner, which
 * costs milliseconds next to CoreNLP's seconds) so that the merge can compare the sentences each incident was
 * extracted from. Thread-safe.
 */
public final class PipelineExtractor implements Extractor {
  private final Pipeline pipeline;
  private final Cleaner cleaner = new Cleaner(CleanerOptions.defaults());

  public PipelineExtractor(Pipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline);
  }

  /** Loads CoreNLP and the gazetteer (10–30 s, about 2 GB of heap). */
  public static PipelineExtractor loadDefault() {
    return new PipelineExtractor(Pipeline.loadDefault());
  }

  @Override
  public Result process(RawDocument doc) {
    Outcome o = pipeline.process(doc);
    String text = null;
    if (o instanceof Outcome.Extracted) {
      try {
        Article a = cleaner.clean(doc);
        text = a.text();
      } catch (RejectedException | RuntimeException e) {
        text = null; // the merge falls back on the evidence phrases
      }
    }
    return new Result(o, text);
  }
}
