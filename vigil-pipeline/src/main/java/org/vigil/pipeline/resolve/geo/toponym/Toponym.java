package org.vigil.pipeline.resolve.geo.toponym;

import java.util.Objects;
import org.vigil.geo.GeoName;
import org.vigil.model.Span;

/**
 * One place name found in an article, with the gazetteer entry it was resolved to and the point to map it at.
 *
 * @param span where the name is in the article text: the name as printed, without a leading "the" or a following
 *     possessive "'s"; a capitalised administrative or feature word that is part of the name is included ("Laurel
 *     County", "Borno State", "Main Street"), a lower-case one is not ("Bulacan province"); a nationality word is a
 *     toponym of its own ("Malian") when the options ask for it
 * @param name the text of the span
 * @param place the entry the name refers to ({@link Basis#GAZETTEER}, {@link Basis#DEMONYM}), or the entry it lies
 *     in or next to when the gazetteer lacks the name itself ({@link Basis#CONTAINED}); null for regions and for
 *     unresolved names
 * @param confidence between 0 and 1: how sure the tagger is that the span is a place and the point right
 * @param basis how the place and point were found
 * @param lat latitude of the point to map the toponym at, NaN when there is none
 * @param lon longitude, NaN when there is none
 */
public record Toponym(Span span, String name, GeoName place, double confidence, Basis basis, double lat,
    double lon) {

  /** How a toponym was resolved. */
  public enum Basis {
    /** The gazetteer entry of that name. */
    GAZETTEER,
    /** A nationality word; the place is its country. */
    DEMONYM,
    /** A continent or world region the gazetteer does not hold; no place, a representative point. */
    REGION,
    /**
     * The gazetteer lacks the name (a county, a street, a river); the place is the division or town of the article
     * it most likely lies in or next to, and the point is that entry's (for a US county of a state the gazetteer
     * knows, the centre of the county's own shape).
     */
    CONTAINED,
    /** Recognised as a place but not resolved: no place, no point. */
    UNRESOLVED
  }

  /** Validates: span, name and basis present, confidence in [0, 1], a point for every basis but UNRESOLVED. */
  public Toponym {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
    if (basis != Basis.UNRESOLVED && (Double.isNaN(lat) || Double.isNaN(lon))) {
      throw new IllegalArgumentException(basis + " toponym without a point");
    }
  }

  /** A toponym mapped at its place's own coordinates. */
  static Toponym at(Span span, String name, GeoName place, double confidence, Basis basis) {
    return new Toponym(span, name, place, confidence, basis, place.lat(), place.lon());
  }

  /**
   * Whether a lower-case word after a name makes the name a natural feature's, not a town's ("the Sahara desert",
   * "the Ohio river"): gazetteers list villages of many such names.
   */
  public static boolean naturalFeatureAfter(String word) {
    return Words.NATURAL_FEATURES.contains(word);
  }

  /** Whether there is a point to map the toponym at. */
  public boolean hasPoint() {
    return !Double.isNaN(lat);
  }
}
