package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * A town the gazetteer's populated places lack but the US ZIP codes carry as a postal city: GeoNames keeps a New
 * England town as a division, so "Vermont State Police say it happened Wednesday … in Waitsfield" placed the incident
 * nowhere. Only for an incident nothing else placed. Thread-safe; the gazetteer is shared.
 */
final class ZipTown {
  /** "in Waitsfield", "in West Rutland": one to three capitalised words after "in". */
  private static final Pattern IN_TOWN = Pattern.compile("\\bin (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})\\b");
  /** How far from a state's postal city a town of the gazetteer may lie and still tell the state's name. */
  private static final double STATE_KM = 30;

  private final Gazetteer gazetteer;

  ZipTown(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The place that stands when nothing else placed the incident: the given place when it is a town, a county or a
   * country other than the United States; else the first name after "in" that is the primary postal city of a ZIP
   * code of a state the text names by name (the given state, when the place is one), not that state's own name nor
   * a populated place the gazetteer has in that state, at the mean point of those ZIP codes, near the incident
   * rather than at it (precision 2); else the given place.
   *
   * @param fallback what the incident's sentences named, a state, or null
   * @param text the article's text
   */
  IncidentPlace over(IncidentPlace fallback, String text) {
    String code = fallback == null || fallback.featureCode() == null ? "" : fallback.featureCode();
    if (code.startsWith("PPL") || code.equals("ADM2")
        || fallback != null && fallback.countryCode() != null && !"US".equals(fallback.countryCode())) {
      return fallback;
    }
    String state = code.equals("ADM1") ? fallback.admin1() : null;
    Matcher m = IN_TOWN.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      for (Map.Entry<String, double[]> e : gazetteer.postal().points(name).entrySet()) {
        double[] at = e.getValue();
        String division = stateName(at[0], at[1], e.getKey());
        if (division != null && !division.equals(name) && (state != null ? state.equals(division)
            : text.contains(division)) && Namesakes.largest(gazetteer, name,
            g -> "US".equals(g.countryCode()) && e.getKey().equals(g.admin1Code())) == null) {
          return new IncidentPlace(name, null, name, name, null, at[0], at[1], division, "US", "PPL", 2, null);
        }
      }
    }
    return fallback;
  }

  /** The name of the US state of this postal code, from a town of the gazetteer near the point; null if none. */
  private String stateName(double lat, double lon, String stateCode) {
    List<GeoName> near = gazetteer.near(lat, lon, STATE_KM, 20);
    for (GeoName g : near) {
      if ("US".equals(g.countryCode()) && stateCode.equals(g.admin1Code())) {
        return g.admin1Name();
      }
    }
    return null;
  }
}
