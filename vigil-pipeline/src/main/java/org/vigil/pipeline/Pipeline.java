package org.vigil.pipeline;

import java.util.List;
import java.util.Objects;
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

/**
 * The whole per-article flow, wired in one place: clean → annotate → extract. Every input ends in exactly one
 * {@link Outcome}; a bad input or a stage failure is a {@link Outcome.Rejected} with the stage and reason, never an
 * exception out of {@link #process}.
 *
 * <p>Thread-safe: the stages are stateless and the models are shared.
 */
public final class Pipeline {
  /** Vigil's version, written into every record's provenance. */
  public static final String VERSION = "0.1.0";

  private final Cleaner cleaner;
  private final CoreNlpAnnotator annotator;
  private final IncidentExtractor extractor;

  public Pipeline(Cleaner cleaner, CoreNlpAnnotator annotator, IncidentExtractor extractor) {
    this.cleaner = Objects.requireNonNull(cleaner);
    this.annotator = Objects.requireNonNull(annotator);
    this.extractor = Objects.requireNonNull(extractor);
  }

  /** Loads the bundled gazetteer and CoreNLP's models (10–30 s, about 1.5 GB of heap). */
  public static Pipeline loadDefault() {
    Gazetteer gazetteer = Gazetteer.loadBundled();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(IncidentExtractor::needsParse);
    Provenance provenance = new Provenance("vigil-" + VERSION,
        List.of(CoreNlpAnnotator.MODEL_ID, "gazetteer: GeoNames cities500 (CC BY 4.0) + world-countries (ODbL)"));
    return new Pipeline(new Cleaner(CleanerOptions.defaults()), annotator, new IncidentExtractor(gazetteer,
        provenance));
  }

  /** Runs one input through every stage. */
  public Outcome process(RawDocument doc) {
    Article article;
    try {
      article = cleaner.clean(doc);
    } catch (RejectedException e) {
      return new Outcome.Rejected(doc.id(), e.stage(), e.reason(), e.getMessage(), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Rejected(doc.id(), Stage.CLEAN, "error", describe(e), null);
    }
    Annotated annotated;
    try {
      // the headline is read with the body: local news often names the town and the toll only there
      annotated = annotator.annotate(Headline.prepend(article));
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Rejected(doc.id(), Stage.ANNOTATE, "error", describe(e), article.inputHash());
    }
    try {
      Extraction extraction = extractor.extract(annotated);
      return new Outcome.Extracted(doc.id(), extraction);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Rejected(doc.id(), Stage.EXTRACT, "error", describe(e), article.inputHash());
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
