package org.vigil.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: its metadata, its incidents (main first, then background) and the
 * statements that could not be tied to any incident.
 */
public record Extraction(ArticleMeta article, List<Incident> incidents, List<Quote> otherQuotes,
    List<String> warnings, Provenance provenance) {
  public Extraction {
    Objects.requireNonNull(article, "article");
    incidents = List.copyOf(incidents);
    otherQuotes = List.copyOf(otherQuotes);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The article's main incident, or null when it reports none. */
  public Incident main() {
    return incidents.stream().filter(i -> i.status() == Status.MAIN).findFirst().orElse(null);
  }
}
