package org.vigil.pipeline.resolve.geo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Dateline;
import org.vigil.pipeline.annotate.Token;

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
  /** How far from the town found a town the gazetteer lacks may lie and still be the incident's. */
  private static final double NEAR_KM = 30;
  /**
   * The most people a town found may have and still give way: a city's quarters are postal cities of their own that
   * cities500 lacks ("on Sugar Mill Road in Antioch" is Nashville's, "in Hixson" Chattanooga's, "in Dorchester"
   * Boston's), where GVA writes the city.
   */
  private static final long MAX_FOUND_PEOPLE = 50_000;
  /** "on North Highway 340 in Parrottsville", "the 200 block of Clinton Street in Hartsville": the word before "in". */
  private static final Pattern BEFORE_IN = Pattern.compile("([\\p{L}\\d.]+) $");

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
            : text.contains(division)) && lacks(name, e.getKey())) {
          return new IncidentPlace(name, null, name, name, null, at[0], at[1], division, "US", "PPL", 2, null);
        }
      }
    }
    return fallback;
  }

  /**
   * A town the gazetteer lacks that the article names as where things happened, near the town found for the incident:
   * the first name after a street or a number and "in" (an address: "on North Highway 340 in Parrottsville" had been
   * placed at Newport, the seat of the county the article names) that is the primary postal city of ZIP codes of the
   * found town's state, not the found town's own name and no populated place the gazetteer has in that state, whose
   * ZIP codes' mean point lies within {@value #NEAR_KM} km of the found town, at that point (precision 2); else the
   * given place. A found town of more than {@value #MAX_FOUND_PEOPLE} people stays (its quarters carry postal cities
   * of their own), as does one the gazetteer cannot tell the size of. Schools, homes and hospitals "in" a nearby town
   * are no address of the incident ("a first grader at Lafarue Elementary School in Effie").
   *
   * @param found the incident's place as resolved, or null
   * @param text the article's text
   */
  IncidentPlace near(IncidentPlace found, String text) {
    if (!yields(found)) {
      return found;
    }
    Matcher m = IN_TOWN.matcher(text);
    while (m.find()) {
      IncidentPlace town = address(text, m) ? nearby(m.group(1), found) : null;
      if (town != null) {
        return town;
      }
    }
    return found;
  }

  /**
   * As {@link #near}, for the dateline's town: "BOHANNON, Va. (WAVY) —" over Mathews, the seat of the county the
   * article names; "SMICKSBURG —" over Punxsutawney, the town of the police the article quotes. The dateline's
   * words before its comma, bracket or dash, whatever their case; a found county also gives way to a town within
   * {@link PlaceResolver#COUNTY_REACH_KM} of its centre.
   *
   * @param found the incident's place as resolved, or null
   * @param doc the annotated article
   */
  IncidentPlace filed(IncidentPlace found, Annotated doc) {
    Dateline.Found dateline = yields(found) ? Dateline.find(doc) : null;
    if (dateline == null) {
      return found;
    }
    List<Token> t = doc.sentences().get(dateline.sentence()).tokens();
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < dateline.end() && Character.isLetter(t.get(i).word().charAt(0)); i++) {
      head.append(head.length() == 0 ? "" : " ").append(t.get(i).word().toLowerCase(Locale.ROOT));
    }
    IncidentPlace town = head.length() == 0 ? null : nearby(Address.title(head.toString()), found);
    return town != null ? town : found;
  }

  /**
   * A town the gazetteer lacks that the page names as a place, near a found town the page gives no words for (the
   * outlet's town standing in, precision 2 and no evidence): the first name of the title, then of the text, that
   * follows "in", "near", "outside", "of" or "from", or comes before a noun for its people or the incident ("a Ruth
   * man", "Ruth shooting"; {@link TownRun#HEADLINE_HEADS}), and is the primary postal city of ZIP codes of the found
   * town's state within {@value #NEAR_KM} km of it that the gazetteer has no populated place of there ({@link
   * #nearby}); "St." is read as "Saint". A small paper's page that names only its readers' village, one GeoNames'
   * towns lack ("Accidental shooting claims St. Ruth youth", "13-year-old Ruth boy injured"; two pages of GVA dev
   * 401–933), had been placed at the paper's town. Else the given place.
   *
   * @param found the incident's place as resolved, or null
   * @param title the page's title, or null
   * @param text the article's text
   */
  IncidentPlace named(IncidentPlace found, String title, String text) {
    if (found == null || found.evidence() != null || found.precision() != 2 || !yields(found)) {
      return found;
    }
    for (String part : new String[] {title == null ? "" : title, text}) {
      Matcher m = NAME.matcher(part);
      while (m.find()) {
        String[] words = m.group().split(" ");
        String before = Mentions.wordBefore(part, m.start()).toLowerCase(Locale.ROOT);
        for (int n = words.length; n > 0; n--) {
          String name = String.join(" ", Arrays.copyOf(words, n));
          String after = Mentions.wordAfter(part, m.start() + name.length()).toLowerCase(Locale.ROOT);
          IncidentPlace town = PLACE_WORDS.contains(before) || TownRun.HEADLINE_HEADS.contains(after)
              ? nearby(name.replaceFirst("^St\\. ", "Saint "), found) : null;
          if (town != null) {
            return town;
          }
        }
      }
    }
    return found;
  }

  /** One to three capitalised words, the first of them "St." or a word: "Pollok", "St. Marie", "Deer Creek". */
  private static final Pattern NAME =
      Pattern.compile("(?<![\\p{L}.])(?:St\\.|\\p{Lu}\\p{Ll}+)(?: \\p{Lu}\\p{Ll}+){0,2}\\b");

  /** Words a town's name follows when it is named as a place or as its people's home ({@link #named}). */
  private static final Set<String> PLACE_WORDS = Set.of("in", "near", "outside", "of", "from");

  /**
   * Whether the found place may give way to a nearby town the gazetteer lacks: a US place with a point and a state,
   * a county or a town the gazetteer knows of at most {@value #MAX_FOUND_PEOPLE} people.
   */
  private boolean yields(IncidentPlace found) {
    return found != null && found.lat() != null && "US".equals(found.countryCode()) && found.admin1() != null
        && ("ADM2".equals(found.featureCode()) || found.geonameId() != null && gazetteer.byId(found.geonameId())
            .map(g -> g.population() <= MAX_FOUND_PEOPLE).orElse(false));
  }

  /**
   * The town of this name at the mean point of its ZIP codes, when it is a postal city of the found place's state
   * that the gazetteer has no populated place of there, other than the found place's name, within {@value #NEAR_KM}
   * km of a found town (of a found county's centre: {@link PlaceResolver#COUNTY_REACH_KM}); else null.
   */
  private IncidentPlace nearby(String name, IncidentPlace found) {
    if (name.equalsIgnoreCase(found.name()) || name.equalsIgnoreCase(found.resolvedName())) {
      return null;
    }
    double reach = "ADM2".equals(found.featureCode()) ? PlaceResolver.COUNTY_REACH_KM : NEAR_KM;
    for (Map.Entry<String, double[]> e : gazetteer.postal().points(name).entrySet()) {
      double[] at = e.getValue();
      if (Geo.distanceKm(at[0], at[1], found.lat(), found.lon()) <= reach
          && found.admin1().equals(stateName(at[0], at[1], e.getKey())) && lacks(name, e.getKey())) {
        return new IncidentPlace(name, null, name, name, null, at[0], at[1], found.admin1(), "US", "PPL", 2,
            found.evidence());
      }
    }
    return null;
  }

  /** Whether the word before this "in" ends a street's name or is a number: an address. */
  /** Whether the gazetteer has no US town {@code name} in the state of code {@code stateCode}. */
  private boolean lacks(String name, String stateCode) {
    return Namesakes.largest(gazetteer, name, g -> "US".equals(g.countryCode()) && stateCode.equals(g.admin1Code()))
        == null;
  }

  private static boolean address(String text, Matcher in) {
    Matcher w = BEFORE_IN.matcher(text.substring(Math.max(0, in.start() - 40), in.start()));
    return w.find() && (Quarters.streetWord(w.group(1)) || w.group(1).chars().allMatch(Character::isDigit));
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
