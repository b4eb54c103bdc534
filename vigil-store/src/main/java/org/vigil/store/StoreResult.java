package org.vigil.store;

import java.util.List;

/**
 * What storing one input did.
 *
 * @param kind stored, already stored (the same input, e.g. after a restart) or a duplicate of another article
 * @param articleId the stored article (for a duplicate: the article it duplicates)
 * @param created incidents created
 * @param merged reports merged into an existing incident
 * @param linked background reports linked to an existing incident
 * @param incidentIds the incidents the article's reports went to, in the article's order
 */
public record StoreResult(Kind kind, long articleId, int created, int merged, int linked, List<Long> incidentIds) {
  public StoreResult {
    incidentIds = List.copyOf(incidentIds);
  }

  /** The three things that can happen to an input. */
  public enum Kind {
    STORED,
    ALREADY_STORED,
    DUPLICATE
  }
}
