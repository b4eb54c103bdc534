package org.vigil.store.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One merged incident as queries return it.
 *
 * @param id the incident's id
 * @param status {@code main} or {@code background}
 * @param type primary type label
 * @param types all type labels
 * @param dateStart first day, or null
 * @param dateEnd last day, or null
 * @param timePrecision {@code day}, {@code week}, {@code month}, {@code year}, or null
 * @param place place name as reported
 * @param locality locality, or null
 * @param admin1 first-level division, or null
 * @param countryCode ISO alpha-2, or null
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param geoPrecision ACLED geo precision (1–3, 0 unresolved), or null
 * @param perpetrators perpetrator descriptions separated by "; ", or null
 * @param killed best killed figure, or null
 * @param injured best injured figure, or null
 * @param figures every reconciled figure by kind label ({@code killed}, {@code hostages_taken}, …)
 * @param reports number of member reports
 * @param articles number of distinct articles
 * @param firstPublished earliest publication
 * @param lastPublished latest publication
 * @param title headline of the first report
 * @param sources URLs of the member articles, in storage order
 */
public record IncidentRow(long id, String status, String type, List<String> types, LocalDate dateStart,
    LocalDate dateEnd, String timePrecision, String place, String locality, String admin1, String countryCode,
    Double lat, Double lon, Integer geoPrecision, String perpetrators, Integer killed, Integer injured,
    Map<String, Figure> figures, int reports, int articles, LocalDate firstPublished, LocalDate lastPublished,
    String title, List<String> sources) {
  public IncidentRow {
    types = List.copyOf(types);
    figures = Map.copyOf(figures);
    sources = List.copyOf(sources);
  }

  /** A reconciled figure. */
  public record Figure(int low, int best, Integer high) {}

  /** The best figure of a kind label, or null. */
  public Integer best(String kind) {
    Figure f = figures.get(kind);
    return f == null ? null : f.best();
  }
}
