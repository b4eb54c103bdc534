package org.vigil.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an incident happened.
 *
 * @param start first day (null when unresolved)
 * @param end last day (equal to start for one day; null when unresolved)
 * @param precision how precise the range is
 * @param phrase the time expression as written ("Sunday", "In March that year"), or null when the date was inferred
 * @param anchor the date the phrase was resolved against (publication date, or the year mentioned earlier), or null
 * @param rule how it was resolved, e.g. {@code weekday-on-or-before-publication}, {@code explicit},
 *     {@code month-of-anchor-year}, {@code publication-date-assumed}, {@code unresolved-no-anchor}
 * @param evidence the supporting text, or null when the date was inferred without a phrase
 */
public record IncidentTime(LocalDate start, LocalDate end, TimePrecision precision, String phrase, LocalDate anchor,
    String rule, Evidence evidence) {
  public IncidentTime {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(rule, "rule");
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("start and end must both be set or both be null");
    }
    if (start != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " before start " + start);
    }
  }
}
