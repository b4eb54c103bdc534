package org.vigil.pipeline.resolve.geo.toponym;

import java.util.Objects;
import org.vigil.geo.GeoName;
import org.vigil.model.Span;

/**
 * One place name found in an article, with the gazetteer entry it was resolved to.
 *
 * @param span where the name is in the article text: the name as printed, without a leading "the" and without a
 *     following possessive "'s"; an administrative word that is part of the name is included ("Laurel County",
 *     "Borno State"), a nationality word is a toponym of its own ("Malian")
 * @param name the text of the span
 * @param place the resolved entry, or null when the name is a place the gazetteer does not know
 * @param confidence between 0 and 1: how sure the tagger is that the span is a place and the entry the right one
 */
public record Toponym(Span span, String name, GeoName place, double confidence) {
  /** Validates: span and name present, confidence in [0, 1]. */
  public Toponym {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
  }
}
