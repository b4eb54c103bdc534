package org.vigil.pipeline.resolve.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * The postal town of a US town that is no postal city of its own: a suburb, a census-designated place or a small
 * town inside a metro whose addresses carry a neighbouring city's name (Wilkinsburg's ZIP code is Pittsburgh's, Pine
 * Hills' is Orlando's). Registers such as the Gun Violence Archive write such a place as "Pittsburgh (Wilkinsburg)".
 * The postal town is kept where the article names it, or where the article names no police force of the town's own
 * ("Wilkinsburg", policed by the county, is "Pittsburgh (Wilkinsburg)"; "Atascocita", a census-designated place
 * policed by the sheriff, is "Humble (Atascocita)"): a town with a force of its own is a municipality in its own
 * right, and the registers mostly write it alone ("Eagan police" — Eagan's ZIP codes are Saint Paul's — is "Eagan"),
 * as they write a county's seat (GeoNames' PPLA2: a borough such as Queens, whose ZIP codes carry a dozen postal
 * cities) alone. Thread-safe; the gazetteer is shared.
 */
final class Postal {
  /** How far the nearest ZIP code's point may lie from the town's. */
  static final double REACH_KM = 10;

  private final Gazetteer gazetteer;

  Postal(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The place with its postal town: the primary postal city of the ZIP code of its state nearest to it, when the
   * place is a US town (precision 1 or 2) that no ZIP code of its state has as its primary city, and the text names
   * that postal city ("Pittsburgh", or "St. Louis" for Saint Louis), also in the page's title ("… - WBRC FOX6 News -
   * Birmingham, AL"), or, for a town that is no county's seat, names no police force of the town's own
   * ({@link OwnForce}). Any other place as it was.
   *
   * @param text the article's text
   * @param title the page's title, or null
   */
  IncidentPlace town(IncidentPlace p, String text, String title) {
    if (p == null || !"US".equals(p.countryCode()) || p.precision() < 1 || p.precision() > 2 || p.lat() == null
        || p.geonameId() == null || p.resolvedName() == null || p.featureCode() == null
        || !p.featureCode().startsWith("PPL")) {
      return p;
    }
    String state = gazetteer.byId(p.geonameId()).map(GeoName::admin1Code).orElse(null);
    if (state == null || gazetteer.postal().isPostalCity(p.resolvedName(), state)) {
      return p;
    }
    Optional<String> postal = gazetteer.postal().nearest(p.lat(), p.lon(), state, REACH_KM);
    return postal.isPresent() && !gazetteer.postal().sameName(postal.get(), p.resolvedName())
        && (named(postal.get(), text, title) || !"PPLA2".equals(p.featureCode()) && !ownForce(p, text, title))
        ? p.withPostalTown(namedNearby(p, state, postal.get(), text, title)) : p;
  }

  /**
   * The postal city the story's people live in among those of the ZIP codes within {@link #REACH_KM} of the town, the
   * nearest first, else {@code nearest}: a town on the edge of two postal cities carries the one its people are of
   * ("a shooting in Forestville … the victim, a District Heights resident": District Heights, not the Capitol Heights
   * of the ZIP code whose point lies nearest to Forestville's). Only a home ({@link #RESIDENT}): a city named at
   * all is often a street's or a school's ("Braddock Avenue", "Duquesne University" on Wilkinsburg pages, whose
   * postal city is Pittsburgh).
   */
  private String namedNearby(IncidentPlace p, String state, String nearest, String text, String title) {
    if (named(nearest, text, title)) {
      return nearest;
    }
    for (String city : gazetteer.postal().within(p.lat(), p.lon(), state, REACH_KM)) {
      if (!gazetteer.postal().sameName(city, p.resolvedName())
          && Pattern.compile(forms(city) + RESIDENT).matcher(text).find()) {
        return city;
      }
    }
    return nearest;
  }

  /** The words after a town's name that make it a person's home: "a District Heights resident", "a Bowie man". */
  private static final String RESIDENT =
      "\\s+(?:residents?|m[ae]n|wom[ae]n|teen(?:ager)?s?|boys?|girls?|natives?)\\b";

  /** Whether the text or the title ({@link #named(String, String)}) names the town. */
  private static boolean named(String town, String text, String title) {
    return named(town, text) || title != null && named(town, title);
  }

  /**
   * Whether the text or the title names the town's own police force, by the article's name for it or the
   * gazetteer's ("Davie police", "the Trotwood Police Department").
   */
  private static boolean ownForce(IncidentPlace p, String text, String title) {
    String all = title == null ? text : title + "\n" + text;
    return OwnForce.named(p.name(), all) || OwnForce.named(p.resolvedName(), all);
  }

  /**
   * Whether the text names the town as a word, as written or in capitals (a dateline's "PITTSBURGH –"), also with its
   * "Saint", "Mount" or "Fort" shortened ("St. Louis").
   */
  static boolean named(String town, String text) {
    return Pattern.compile(forms(town) + "\\b").matcher(text).find();
  }

  /** A pattern of the town's name as a word's start, as written or in capitals, its "Saint", "Mount", "Fort" short. */
  private static String forms(String town) {
    String shortened = town.replaceFirst("^Saint ", "St. ").replaceFirst("^Mount ", "Mt. ")
        .replaceFirst("^Fort ", "Ft. ");
    StringBuilder alternatives = new StringBuilder();
    for (String form : new String[] {town, shortened, shortened.replace(". ", " ")}) {
      alternatives.append('|').append(Pattern.quote(form)).append('|')
          .append(Pattern.quote(form.toUpperCase(Locale.ROOT)));
    }
    return "\\b(?:" + alternatives.substring(1) + ")";
  }
}
