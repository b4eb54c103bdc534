package org.vigil.store.run;

import java.util.Objects;
import org.vigil.model.Article;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.clean.Cleaner;
import org.vigil.pipeline.clean.CleanerOptions;
import org.vigil.pipeline.screen.ScreenOptions;
import org.vigil.pipeline.screen.SeenStories;

/**
 * The real extractor: Vigil's pipeline, plus the cleaned text (cleaned a second time with the same cleaner, which
 * costs milliseconds next to CoreNLP's seconds) so that the merge can compare the sentences each incident was
 * extracted from. Thread-safe.
 */
public final class PipelineExtractor implements Extractor {
  private final Pipeline pipeline;
  private final SeenStories seen;
  private final Cleaner cleaner = new Cleaner(CleanerOptions.defaults());

  /**
   * @param pipeline the pipeline
   * @param seen the duplicate screen's seen-set (the store's, so that a restart still sees earlier copies)
   */
  public PipelineExtractor(Pipeline pipeline, SeenStories seen) {
    this.pipeline = Objects.requireNonNull(pipeline);
    this.seen = Objects.requireNonNull(seen);
  }

  public PipelineExtractor(Pipeline pipeline) {
    this(pipeline, SeenStories.none());
  }

  /** Loads CoreNLP and the gazetteer (10–30 s, about 2 GB of heap), with every screen on and no seen-set. */
  public static PipelineExtractor loadDefault() {
    return new PipelineExtractor(Pipeline.loadDefault());
  }

  /** Loads CoreNLP and the gazetteer with the screens given, recording the stories let through in {@code seen}. */
  public static PipelineExtractor load(ScreenOptions screens, SeenStories seen) {
    return new PipelineExtractor(Pipeline.loadDefault(screens), seen);
  }

  @Override
  public Result process(RawDocument doc) {
    Outcome o = pipeline.process(doc, seen);
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
