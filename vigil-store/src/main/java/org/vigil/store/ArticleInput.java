package org.vigil.store;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.model.Outcome;
import org.vigil.pipeline.resolve.geo.OutletHomes;

/**
 * One input's outcome, ready to be stored in one transaction.
 *
 * @param inputId the id the source gave the input (file path, JSON-lines id)
 * @param inputHash SHA-256 (hex) of the input's bytes: the content hash that identifies it
 * @param url the URL the source gave, or null (then the extraction's URL is used)
 * @param title the title the source gave, or null
 * @param published the publication date the source gave, or null
 * @param outcome what the pipeline made of it
 * @param text the article's cleaned text that the extraction's spans refer to, or null when unknown (the merge then
 *     compares evidence phrases instead of whole sentences)
 * @param vote the page's vote for its outlet's home town ({@link OutletHomes#vote}) as read from its extraction
 *     <em>without</em> learned homes, or null for none; stored only with an extracted outcome
 */
public record ArticleInput(String inputId, String inputHash, String url, String title, LocalDate published,
    Outcome outcome, String text, OutletHomes.Vote vote) {
  public ArticleInput {
    Objects.requireNonNull(inputId, "inputId");
    Objects.requireNonNull(inputHash, "inputHash");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * An input that votes as its own extraction reads ({@link OutletHomes#vote}): right for an extraction made
   * without learned homes (one made with them may vote for a bare name's namesake its outlet's home chose).
   */
  public ArticleInput(String inputId, String inputHash, String url, String title, LocalDate published,
      Outcome outcome, String text) {
    this(inputId, inputHash, url, title, published, outcome, text, voteOf(outcome));
  }

  /** The vote of an outcome's extraction ({@link OutletHomes#vote}), or null (no extraction, or no town). */
  public static OutletHomes.Vote voteOf(Outcome outcome) {
    return outcome instanceof Outcome.Extracted e ? OutletHomes.vote(e.extraction()).orElse(null) : null;
  }
}
