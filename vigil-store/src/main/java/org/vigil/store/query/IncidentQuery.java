package org.vigil.store.query;

import java.time.LocalDate;

/**
 * Filters of {@code vigil incidents}; every field is optional (null = no filter).
 *
 * @param from incidents whose dates end on or after this day
 * @param to incidents whose dates start on or before this day
 * @param bbox {minLon, minLat, maxLon, maxLat} in degrees
 * @param point {lat, lon} of a point, with {@code radiusKm}
 * @param radiusKm radius around {@code point}
 * @param country ISO 3166-1 alpha-2 code
 * @param type an incident type label ({@code armed_assault}); matches any of the incident's types
 * @param minKilled at least this many killed (best figure)
 * @param actor a word or phrase of the perpetrators, case-insensitive
 * @param text full-text query: all words must occur (stemmed; SQLite FTS5 / PostgreSQL tsvector)
 * @param includeBackground also incidents only ever recalled as background
 * @param limit at most this many incidents, 0 for all
 */
public record IncidentQuery(LocalDate from, LocalDate to, double[] bbox, double[] point, Double radiusKm,
    String country, String type, Integer minKilled, String actor, String text, boolean includeBackground,
    int limit) {
  public IncidentQuery {
    if (bbox != null && (bbox.length != 4 || bbox[0] > bbox[2] || bbox[1] > bbox[3])) {
      throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat");
    }
    if ((point == null) != (radiusKm == null)) {
      throw new IllegalArgumentException("a point needs a radius and a radius needs a point");
    }
    if (point != null && point.length != 2) {
      throw new IllegalArgumentException("point must be lat,lon");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0");
    }
  }

  /** No filter at all. */
  public static IncidentQuery all() {
    return new IncidentQuery(null, null, null, null, null, null, null, null, null, null, false, 0);
  }

  /** A box and a time range (the benchmark's query). */
  public static IncidentQuery boxAndTime(double[] bbox, LocalDate from, LocalDate to) {
    return new IncidentQuery(from, to, bbox, null, null, null, null, null, null, null, false, 0);
  }
}
