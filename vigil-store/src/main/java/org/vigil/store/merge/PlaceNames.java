package org.vigil.store.merge;

import java.util.Locale;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.NameMatch;

/**
 * Tells whether a full name {@link Persons} read is a place's ("Baton Rouge", "Oak Lawn", "Colorado Springs"):
 * two-word towns and divisions look like a first and a last name, and every report of the town shares them. A key is
 * a place's when the gazetteer has an entry whose own name (not only an alternate name) is its words. Stateless;
 * thread-safe as the gazetteer is.
 */
final class PlaceNames {
  private PlaceNames() {}

  /** True when {@code key} ({@code first_last}, lower-cased, as {@link Persons#of} writes it) names a place. */
  static boolean isPlace(String key, Gazetteer gazetteer) {
    StringBuilder q = new StringBuilder(key.length());
    for (String w : key.split("_")) {
      if (w.isEmpty()) {
        continue;
      }
      if (q.length() > 0) {
        q.append(' ');
      }
      q.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
    }
    for (NameMatch m : gazetteer.lookupMatches(q.toString())) {
      if (m.via() == NameMatch.Via.OWN_NAME) {
        return true;
      }
    }
    return false;
  }
}
