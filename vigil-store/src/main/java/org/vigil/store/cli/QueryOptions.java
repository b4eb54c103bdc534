package org.vigil.store.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vigil.store.query.IncidentQuery;
import picocli.CommandLine.Option;

/** The filter options of {@code vigil incidents}, turned into an {@link IncidentQuery}. */
final class QueryOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Incidents on or after this day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Incidents on or before this day.")
  String to;

  @Option(names = "--bbox", paramLabel = "MINLON,MINLAT,MAXLON,MAXLAT", description = "A bounding box in degrees.")
  String bbox;

  @Option(names = "--near", paramLabel = "LAT,LON", description = "A point; needs --radius.")
  String near;

  @Option(names = "--radius", paramLabel = "KM", description = "Radius around --near in km.")
  Double radius;

  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 country code.")
  String country;

  @Option(names = "--type", description = "Incident type (armed_assault, bombing, hostage_taking, …).")
  String type;

  @Option(names = "--min-killed", paramLabel = "N", description = "At least N killed (best figure).")
  Integer minKilled;

  @Option(names = "--actor", description = "Perpetrator name or description (substring, any case).")
  String actor;

  @Option(names = "--text", description = "Full-text search; all words must match (stemmed).")
  String text;

  @Option(names = "--include-background",
      description = "Also incidents only recalled as background by the articles.")
  boolean includeBackground;

  @Option(names = "--limit", defaultValue = "0", description = "At most N incidents (default: all).")
  int limit;

  IncidentQuery toQuery() {
    return new IncidentQuery(date(from, "--from"), date(to, "--to"), numbers(bbox, 4, "--bbox"),
        numbers(near, 2, "--near"), radius, country, type, minKilled, actor, text, includeBackground, limit);
  }

  private static LocalDate date(String s, String option) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be a date as YYYY-MM-DD, not '" + s + "'");
    }
  }

  private static double[] numbers(String s, int n, String option) {
    if (s == null) {
      return null;
    }
    String[] parts = s.split(",");
    if (parts.length != n) {
      throw new IllegalArgumentException(option + " needs " + n + " numbers separated by commas, not '" + s + "'");
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      try {
        out[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + ": '" + parts[i] + "' is not a number");
      }
    }
    return out;
  }
}
