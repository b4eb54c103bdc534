package org.vigil.store.run;

import java.util.Objects;
import org.vigil.geo.Gazetteer;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.annotate.Headline;
import org.vigil.pipeline.screen.ScreenOptions;
import org.vigil.pipeline.screen.SeenStories;
import org.vigil.store.ArticleInput;

/**
 * The real extractor: Vigil's pipeline, plus the cleaned text, so that the merge can compare the sentences each
 * incident was extracted from. Cleaning and screening happen in {@link #prepare}, in input order. Thread-safe.
 */
public final class PipelineExtractor implements Extractor {
  private final Pipeline pipeline;
  private final SeenStories seen;

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

  /**
   * Loads CoreNLP with the screens given and the caller's gazetteer (the store's merge holds the same one), recording
   * the stories let through in {@code seen}.
   */
  public static PipelineExtractor load(ScreenOptions screens, SeenStories seen, Gazetteer gazetteer) {
    return new PipelineExtractor(Pipeline.load(screens, false, gazetteer), seen);
  }

  /**
   * Cleans and screens now; annotation and extraction are left to the returned step, which extracts without outlet
   * homes (the page's vote is read from that extraction) and keeps the annotation, so that {@code vigil run} can
   * extract the page again with the homes its store has learned by the time the page is stored
   * ({@link Result#again}).
   */
  @Override
  public java.util.function.Supplier<Result> prepare(RawDocument doc) {
    Pipeline.Prepared p = pipeline.prepare(doc, seen);
    return () -> {
      Pipeline.Completed c = pipeline.completeKeeping(p);
      Outcome o = c.outcome();
      if (!(o instanceof Outcome.Extracted)) {
        return new Result(o, null);
      }
      // the spans count the headline the pipeline reads as the text's first paragraph (Pipeline.complete)
      return new Result(o, Headline.prepend(p.article()).text(), ArticleInput.voteOf(o),
          homes -> pipeline.extract(c, homes));
    };
  }

  @Override
  public Result process(RawDocument doc) {
    return prepare(doc).get();
  }
}
