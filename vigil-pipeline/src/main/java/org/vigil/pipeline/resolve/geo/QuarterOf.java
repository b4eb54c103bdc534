package org.vigil.pipeline.resolve.geo;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * A quarter the text itself places in a town: "the Kensington section of Philadelphia", "the Gresham neighborhood of
 * Chicago's South Side". The text's own word outranks any guess of which namesake a bare name is: such a quarter
 * had been read as the namesake town elsewhere (Kensington, New York, on a Philadelphia station's page whose city
 * lay too near for {@link Outlet#home} to call it far). Thread-safe; the gazetteer is shared.
 */
final class QuarterOf {
  /** A capitalised word of a town's name; no period but a saint's ("St."), so a sentence's end stops the run. */
  private static final String WORD = "(?:St\\.|\\p{Lu}[\\p{L}'’-]*)";
  /** The nouns of a part of a town the text names a quarter by. */
  private static final String PARTS = "(?:section|neighborhood|neighbourhood|area|community|part|district)";

  /** Words of a division's name after its own: "Lee County", "Orleans Parish". */
  static final Set<String> DIVISIONS = Set.of("County", "Parish", "Borough",
      "Township", "Twp.", "Region", "State");

  private final Gazetteer gazetteer;

  QuarterOf(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The town the text says the place's name is a part of ("NAME section of TOWN", "NAME neighborhood of TOWN's …",
   * "NAME area of the city of TOWN"), standing in near the incident (precision 2) as in {@link Outlet#home}: the most
   * populous town of exactly that name in the place's country, when the place is no populated place (a county) or
   * lies farther than {@link Sections#REACH_KM} from it; a division's name is no town ("the Guntown area of Lee
   * County"). Any other place, and a town already at or near that town, as it was.
   *
   * @param p the place, or null
   * @param text the article's text, or null
   */
  IncidentPlace town(IncidentPlace p, String text) {
    if (p == null || text == null || p.lat() == null || p.countryCode() == null || p.name().isBlank()) {
      return p;
    }
    Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(p.name()) + " " + PARTS
        + " of (?:the (?:city|town|village) of )?(" + WORD + "(?: " + WORD + "){0,2})").matcher(text);
    while (m.find()) {
      GeoName c = town(m.group(1), p.countryCode());
      if (c != null && !Outlet.letters(c.name()).equals(Outlet.letters(p.name()))) {
        // a town's section at its own point is kept (Sections reports it as the town); a county the tagger read the
        // quarter as is not ("Gresham" placed in Cook County)
        boolean town = p.featureCode() != null && p.featureCode().startsWith("PPL");
        return town && Geo.distanceKm(p.lat(), p.lon(), c.lat(), c.lon()) <= Sections.REACH_KM ? p
            : Outlet.near(p, c);
      }
    }
    return p;
  }

  /**
   * The town a run of capitalised words names: the whole run, else its shorter openings ("Philadelphia Monday"),
   * a possessive ending it ("Chicago's South Side"). Null when none is a town of the country.
   */
  private GeoName town(String run, String country) {
    String[] words = run.split(" ");
    for (String w : words) {
      // "the Guntown area of Lee County": a division, not the town of Lee
      if (DIVISIONS.contains(w)) {
        return null;
      }
    }
    int n = 0;
    while (n < words.length && !possessive(words[n])) {
      n++;
    }
    if (n < words.length) {
      words[n] = words[n].substring(0, words[n].length() - 2);
      n++;
    }
    for (int k = n; k > 0; k--) {
      GeoName c = largest(String.join(" ", Arrays.copyOf(words, k)), country);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static boolean possessive(String word) {
    return word.endsWith("'s") || word.endsWith("’s");
  }

  /** The most populous populated place of exactly this name in the country, or null. */
  private GeoName largest(String name, String country) {
    return Namesakes.largest(gazetteer, name, g -> g.countryCode().equals(country));
  }
}
