package org.vigil.pipeline.resolve.geo;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * The city whose own police force the text names: "Milwaukee Police are investigating", "Cincinnati Police Lt. …",
 * "Savannah-Chatham Metropolitan Police". A city's force works in its city, so a bare name of the story that the
 * toponym tagger put in a far state the article never names is a quarter of that city ("… in Washington Park" beside
 * "Milwaukee Police", which had been Washington Park, Illinois). Thread-safe; the gazetteer is shared.
 */
final class PoliceCity {
  private static final String WORD = "(?:St\\.|(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}']*)";
  /**
   * One to three capitalised words (initials as "L.A."; no other word ends with a period: "reported Metro. Police
   * confirmed" is two sentences), joined by spaces or a hyphen, before "Police", a kind of force between.
   */
  private static final Pattern FORCE = Pattern.compile("(?<![\\p{L}.])(" + WORD + "(?:[ -]" + WORD
      + "){0,2})(?: (?:Metropolitan|Metro|Municipal))? [Pp]olice\\b");
  /** Words that name a kind of force, never a city alone ("Metro Police"). */
  private static final Set<String> KINDS = Set.of("Metropolitan", "Metro", "Municipal", "City",
      "State", "County", "Capitol", "Transit", "Park", "Tribal", "Military", "Campus", "University");

  private final Gazetteer gazetteer;

  PoliceCity(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The one city of 100,000 or more ({@link City#is}) whose police the text names, by exactly its name (the run of
   * capitalised words or its end, else its part before a hyphen: a city's and its county's joint force, else without
   * a closing "City": "the Tulsa City Police"); the most populous of that name. Null when the text names
   * no such force, or the forces of two cities.
   */
  GeoName of(String text) {
    return of(text, null);
  }

  /**
   * As {@link #of(String)}, for a town the toponym tagger placed: null also when the city is the town's own name
   * ("Portland police" of Maine's Portland is no word for Oregon's) or lies in another country (a force works in its
   * own; no name of the page is a city abroad).
   */
  GeoName of(String text, IncidentPlace town) {
    if (text == null) {
      return null;
    }
    GeoName found = null;
    Matcher m = FORCE.matcher(text);
    while (m.find()) {
      GeoName c = null;
      // the run, else its end: a sentence's first word may open it ("When Chicago police arrived")
      for (String run = m.group(1); c == null && run != null; run = rest(run)) {
        c = city(run);
        c = c != null || run.indexOf('-') < 0 ? c : city(run.substring(0, run.indexOf('-')));
        c = c != null || !run.endsWith(" City") ? c : city(run.substring(0, run.length() - " City".length()));
      }
      if (c == null) {
        continue;
      }
      if (found != null && found.geonameId() != c.geonameId()) {
        return null;
      }
      found = c;
    }
    if (found == null || town == null) {
      return found;
    }
    String own = Outlet.letters(town.resolvedName() != null ? town.resolvedName() : town.name());
    return Outlet.letters(found.name()).equals(own) || !found.countryCode().equals(town.countryCode()) ? null : found;
  }

  /** The run without its first word, or null when it has one word only. */
  private static String rest(String run) {
    int space = run.indexOf(' ');
    return space < 0 ? null : run.substring(space + 1);
  }

  /** The most populous city of exactly this name, or null. */
  private GeoName city(String name) {
    if (KINDS.contains(name)) {
      return null;
    }
    return Namesakes.largest(gazetteer, name, City::is);
  }
}
