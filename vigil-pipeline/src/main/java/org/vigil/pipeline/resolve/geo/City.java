package org.vigil.pipeline.resolve.geo;

import org.vigil.geo.GeoName;

/**
 * A city: a town of 100,000 people or more. Large enough to have quarters named after its directions ("South Los
 * Angeles"), hospitals named after it ("Atlanta Medical Center") and outlets named after it
 * ("chicago.cbslocal.com"); a smaller town's name says none of that. Stateless.
 */
final class City {
  /** The smallest population of a city. */
  static final long POPULATION = 100_000;

  private City() {}

  /** Whether the place has 100,000 people or more. */
  static boolean is(GeoName place) {
    return place.population() >= POPULATION;
  }
}
