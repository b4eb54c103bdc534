package org.vigil.pipeline.resolve.geo;

import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * Whether an outlet named after a city is the big city's, not a small namesake's near a far town the article names:
 * the exception {@link Outlet#home} makes for a namesake's own paper ("hillsborofreepress.com" in Kansas, near a
 * Hillsboro of Kansas) does not hold when the page says which city it is.
 */
final class BigCity {
  private BigCity() {}

  /**
   * Whether the page names the outlet's city as the big one: its title names the city with its state ("… - WMC Action
   * News 5 - Memphis, Tennessee"), or its host name puts the city's name after a brand of its own, as broadcasters
   * name their sites ("fox13memphis.com", "click2houston.com"), where a town's own paper opens with the town's name
   * ("hillsborofreepress.com"). "Parkway Village" on either Memphis page is Memphis's, whatever Memphis, Indiana,
   * lies near Kentucky's Parkway Village.
   *
   * @param titled the town of the page title ({@link Outlet#town}), or null
   * @param url the page's address, or null
   * @param city the city the outlet is named after
   */
  static boolean meant(IncidentPlace titled, String url, GeoName city) {
    if (titled != null && city.name().equals(titled.resolvedName()) && city.admin1Name().equals(titled.admin1())) {
      return true;
    }
    String host = Outlet.host(url);
    String key = Outlet.letters(city.name());
    return !key.isEmpty() && host.length() > key.length() && host.endsWith(key);
  }
}
