package org.vigil.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.vigil.geo.Gazetteer;
import org.vigil.model.Article;
import org.vigil.model.Extraction;
import org.vigil.model.Outcome;
import org.vigil.model.Provenance;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.model.Stage;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.CoreNlpAnnotator;
import org.vigil.pipeline.annotate.Headline;
import org.vigil.pipeline.clean.Cleaner;
import org.vigil.pipeline.clean.CleanerOptions;
import org.vigil.pipeline.extract.IncidentExtractor;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.pipeline.screen.ScreenOptions;
import org.vigil.pipeline.screen.Screener;
import org.vigil.pipeline.screen.Screening;
import org.vigil.pipeline.screen.SeenStories;

/**
 * The whole per-article flow, wired in one place: clean → screen → annotate → extract. Every input ends in
 * exactly one {@link Outcome}: an article the screen turns away is a {@link Outcome.Skipped} at
 * {@link Stage#SCREEN} with the reason ({@code not-english}, {@code not-relevant}, {@code duplicate},
 * {@code near-duplicate}); a bad input or a stage failure is a {@link Outcome.Rejected} with the stage and reason,
 * never an exception out of {@link #process}.
 *
 * <p>Thread-safe: the stages are stateless and the models are shared. The duplicate screen's state (the stories
 * seen so far) is passed to {@link #process(RawDocument, SeenStories)} by the caller.
 */
public final class Pipeline {
  /** Vigil's version, written into every record's provenance. */
  public static final String VERSION = "0.1.0";

  private final Cleaner cleaner;
  private final Screener screener;
  private final CoreNlpAnnotator annotator;
  private final IncidentExtractor extractor;

  public Pipeline(Cleaner cleaner, Screener screener, CoreNlpAnnotator annotator, IncidentExtractor extractor) {
    this.cleaner = Objects.requireNonNull(cleaner);
    this.screener = Objects.requireNonNull(screener);
    this.annotator = Objects.requireNonNull(annotator);
    this.extractor = Objects.requireNonNull(extractor);
  }

  /** {@link #loadDefault(ScreenOptions)} with every screen on. */
  public static Pipeline loadDefault() {
    return loadDefault(ScreenOptions.defaults());
  }

  /**
   * Loads the bundled gazetteer, the language profiles (when the language screen is on) and CoreNLP's models (10–30
   * s, about 1.5 GB of heap).
   */
  public static Pipeline loadDefault(ScreenOptions screens) {
    return loadDefault(screens, false);
  }

  /**
   * {@link #loadDefault(ScreenOptions)}, loading the truecaser at once (beside the other models) when
   * {@code upperCaseInput}: a batch whose first input {@linkplain #looksUpperCase looks upper-case} then does not
   * wait ~5 s for it on its first article.
   */
  public static Pipeline loadDefault(ScreenOptions screens, boolean upperCaseInput) {
    // The gazetteer loads beside CoreNLP's models, not before them (1–4 s, one core): CoreNLP's loading threads,
    // the truecaser's among them, start that much sooner. The truecaser is the last model ready, and a batch of
    // upper-case wire text waited for it on its first articles (JFR, MUC-4 200, session 13).
    CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::loadBundled);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(IncidentExtractor::needsParse, upperCaseInput);
    try {
      return assemble(screens, annotator, gazetteer.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * {@link #loadDefault(ScreenOptions, boolean)} with the caller's gazetteer (a store whose merge holds the same one
   * need not load a second copy).
   */
  public static Pipeline load(ScreenOptions screens, boolean upperCaseInput, Gazetteer gazetteer) {
    return assemble(screens, new CoreNlpAnnotator(IncidentExtractor::needsParse, upperCaseInput), gazetteer);
  }

  private static Pipeline assemble(ScreenOptions screens, CoreNlpAnnotator annotator, Gazetteer gazetteer) {
    Provenance provenance = new Provenance("vigil-" + VERSION,
        List.of(CoreNlpAnnotator.MODEL_ID, "gazetteer: GeoNames cities500 (CC BY 4.0) + world-countries (ODbL)"));
    return new Pipeline(new Cleaner(CleanerOptions.defaults()), Screener.load(screens), annotator,
        new IncidentExtractor(gazetteer, provenance));
  }

  /**
   * True when the input's first 64 KB (decoded as UTF-8, unchecked) look like upper-case wire text, which gets
   * truecased.
   */
  public static boolean looksUpperCase(RawDocument doc) {
    byte[] b = doc.bytes();
    return CoreNlpAnnotator.isUpperCase(
        new String(b, 0, Math.min(b.length, 1 << 16), java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * This pipeline, its models shared, with the outlets' home towns learned from a batch's pages
   * ({@link OutletHomes}, {@code vigil outlets}): a weak clue where a page names no town of its own.
   */
  public Pipeline withOutletHomes(OutletHomes homes) {
    return new Pipeline(cleaner, screener, annotator, extractor.withOutletHomes(homes));
  }

  /** The screen's options. */
  public ScreenOptions screens() {
    return screener.options();
  }

  /** Runs one input through every stage, with no earlier stories to be a duplicate of. */
  public Outcome process(RawDocument doc) {
    return process(doc, SeenStories.none());
  }

  /** Runs one input through every stage; {@code seen} holds the stories let through so far and is updated. */
  public Outcome process(RawDocument doc, SeenStories seen) {
    return complete(prepare(doc, seen));
  }

  /**
   * The cheap first half of {@link #process}: clean and screen (milliseconds). A batch that wants its duplicates
   * decided in input order, whatever the number of threads, calls this in input order on one thread and hands the
   * result to {@link #complete} on its workers.
   */
  public Prepared prepare(RawDocument doc, SeenStories seen) {
    Article article;
    try {
      article = cleaner.clean(doc);
    } catch (RejectedException e) {
      return new Prepared(null, new Outcome.Rejected(doc.id(), e.stage(), e.reason(), e.getMessage(), null));
    } catch (RuntimeException | StackOverflowError e) {
      return new Prepared(null, new Outcome.Rejected(doc.id(), Stage.CLEAN, "error", describe(e), null));
    }
    try {
      Screening screening = screener.screen(article, seen);
      if (!screening.passed()) {
        return new Prepared(article, new Outcome.Skipped(doc.id(), Stage.SCREEN, screening.skip().reason(),
            screening.skip().message(), screening.duplicateOf() == null ? null
                : screening.duplicateOf().first().id()));
      }
    } catch (RuntimeException | StackOverflowError e) {
      return new Prepared(article, new Outcome.Rejected(doc.id(), Stage.SCREEN, "error", describe(e),
          article.inputHash()));
    }
    return new Prepared(article, null);
  }

  /** The expensive second half of {@link #process}: annotate and extract what {@link #prepare} let through. */
  public Outcome complete(Prepared prepared) {
    return completeKeeping(prepared).outcome();
  }

  /**
   * {@link #complete}, keeping the annotation, so that the cheap extract step (CoreNLP's annotation is most of the
   * work) can run again with outlet homes learned since ({@link #extract(Completed, OutletHomes)}): {@code vigil
   * run} learns homes page by page as it stores them.
   */
  public Completed completeKeeping(Prepared prepared) {
    if (prepared.stopped() != null) {
      return new Completed(prepared.stopped(), null);
    }
    Article article = prepared.article();
    Annotated annotated;
    try {
      // the headline is read with the body: local news often names the town and the toll only there
      annotated = annotator.annotate(Headline.prepend(article));
    } catch (RuntimeException | StackOverflowError e) {
      return new Completed(new Outcome.Rejected(article.id(), Stage.ANNOTATE, "error", describe(e),
          article.inputHash()), null);
    }
    return new Completed(extract(annotated, extractor), annotated);
  }

  /**
   * The article of {@code completed} extracted again, its annotation reused, by this pipeline's extractor with
   * these outlet homes; the completed outcome itself when the article was never annotated.
   */
  public Outcome extract(Completed completed, OutletHomes homes) {
    return completed.annotated() == null ? completed.outcome()
        : extract(completed.annotated(), extractor.withOutletHomes(homes));
  }

  private static Outcome extract(Annotated annotated, IncidentExtractor extractor) {
    Article article = annotated.article();
    try {
      Extraction extraction = extractor.extract(annotated);
      return new Outcome.Extracted(article.id(), extraction);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Rejected(article.id(), Stage.EXTRACT, "error", describe(e), article.inputHash());
    }
  }

  /**
   * An input after {@link #completeKeeping}: its outcome, and its annotation when it was annotated (else null).
   * Holds the annotation in memory (CoreNLP's tokens and parses): keep it only while it may be extracted again.
   */
  public record Completed(Outcome outcome, Annotated annotated) {
    public Completed {
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * An input after cleaning and screening.
   *
   * @param article the cleaned article, or null when the input was rejected by the cleaner
   * @param stopped the outcome when the input goes no further (rejected or skipped), else null
   */
  public record Prepared(Article article, Outcome stopped) {
    public Prepared {
      if (article == null && stopped == null) {
        throw new IllegalArgumentException("a prepared input has an article or an outcome");
      }
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
