package org.vigil.store;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.model.Outcome;

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
 */
public record ArticleInput(String inputId, String inputHash, String url, String title, LocalDate published,
    Outcome outcome, String text) {
  public ArticleInput {
    Objects.requireNonNull(inputId, "inputId");
    Objects.requireNonNull(inputHash, "inputHash");
    Objects.requireNonNull(outcome, "outcome");
  }
}
