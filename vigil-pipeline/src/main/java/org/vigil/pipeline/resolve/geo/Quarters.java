package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * Names of streets and of a town's quarters, which look like town names to a gazetteer: "East Aurora" avenue,
 * "Hamilton Heights", the "Northwest Side". Their namesake towns are elsewhere; the town they are in comes from the
 * rest of the article. Stateless.
 */
final class Quarters {
  /** Direction words before a name: "northern Mali", "the Northwest Side", "Lower Manhattan". */
  static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
      "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west", "upper",
      "lower");

  private Quarters() {}

  /**
   * A street ("the 3500 block of East Aurora", "on Hamilton Avenue", "the intersection of Cleveland and Yosemite",
   * "near Odessa and Franklin streets" — both names —, "Morgan Avenue North", "off Winchester", "5751 Green Hill") or a
   * town's quarter ("in the Austin neighborhood"): its name is not a town's, and the gazetteer's namesake town would be
   * far away. The town it is in comes from the rest of the article (the dateline, the police force, the headline).
   */
  static boolean streetOrQuarter(List<Token> t, int first, int last) {
    if (last > first && t.get(last).lower().equals("side") && DIRECTIONS.contains(t.get(last - 1).lower())) {
      return true;
    }
    if (STREET_WORDS.contains(t.get(last).lower())
        || last + 1 < t.size() && (STREET_WORDS.contains(t.get(last + 1).lower())
            || QUARTER_WORDS.contains(t.get(last + 1).lower()))) {
      return true;
    }
    // the second of two streets named together: "at Independence and Wabash avenues" (had placed a Kansas City
    // shooting in Wabash, Indiana; the first is crossStreets')
    if (streetThenDirection(t, first, last) || offRoad(t, first)
        || last + 1 < t.size() && PLURAL_STREET_WORDS.contains(t.get(last + 1).lower())) {
      return true;
    }
    return first >= 2 && t.get(first - 1).lower().equals("of") && CROSSING_WORDS.contains(t.get(first - 2).lower())
        || crossStreets(t, last) || houseNumber(t, first);
  }

  /**
   * A street's name with its part of town after it: "Morgan Avenue North", "Main Street NW" (the direction words
   * after the street noun; Minneapolis's "14th Avenue North and Morgan Avenue North" had placed a shooting in
   * Morgan, Minnesota).
   */
  private static boolean streetThenDirection(List<Token> t, int first, int last) {
    int end = last;
    while (end > first && (DIRECTIONS.contains(t.get(end).lower()) || compass(t.get(end).word()))) {
      end--;
    }
    return end < last && end > first && STREET_WORDS.contains(t.get(end).lower());
  }

  /**
   * A bare name right after "off" is a road's: "on Lake Park Drive off Winchester in southeast Memphis" (had placed a
   * Memphis shooting in Winchester, Tennessee). "off the coast of" has an article before the name.
   */
  private static boolean offRoad(List<Token> t, int first) {
    return first >= 1 && t.get(first - 1).lower().equals("off");
  }

  /**
   * The first of two streets named together: "near Odessa and Franklin streets", "at Cleveland and Yosemite
   * avenues" (the plural street noun after the second name).
   */
  private static boolean crossStreets(List<Token> t, int last) {
    if (last + 2 >= t.size() || !t.get(last + 1).lower().equals("and")) {
      return false;
    }
    int k = last + 2;
    while (k < t.size() && t.get(k).isCapitalised() && t.get(k).isProperNoun()) {
      k++;
    }
    return k > last + 2 && k < t.size() && PLURAL_STREET_WORDS.contains(t.get(k).lower());
  }

  /**
   * A name after a house number is a street's, as in an address: "the Vistas at Red Creek Apartments, 5751 Green
   * Hill" (a number of two to five digits that is no year from 1900 on).
   */
  private static boolean houseNumber(List<Token> t, int first) {
    if (first < 1) {
      return false;
    }
    String w = t.get(first - 1).word();
    if (!t.get(first - 1).pos().equals("CD") || !w.matches("\\d{2,5}")) {
      return false;
    }
    int n = Integer.parseInt(w);
    return n < 1900 || n > 2099;
  }

  /**
   * Whether a candidate name is a town's quarter or a place within it that the gazetteer does not know, named after a
   * town the tagger found inside the name: "Hamilton Heights", "Egger Highlands", "Lower Ninth Ward", "North
   * Pecos"; a direction before a city's name is a part of that city ("East Baltimore"). A small namesake town is
   * usually elsewhere; the quarter's own town comes from the rest of the article.
   */
  static boolean around(Span span, String name, Toponym t) {
    if (t.span().start() < span.start() || t.span().end() > span.end()
        || t.span().start() == span.start() && t.span().end() == span.end()) {
      return false;
    }
    String before = name.substring(0, Math.max(0, t.span().start() - span.start())).strip();
    String after = name.substring(Math.min(name.length(), t.span().end() - span.start())).strip();
    String[] own = t.name().toLowerCase(Locale.ROOT).split("\\s+");
    for (String w : before.isEmpty() ? new String[0] : before.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!DIRECTIONS.contains(w) && !COMPASS_ABBREVIATIONS.contains(w)) {
        // "Egger Highlands": a quarter's name that ends in the town's ("Highlands", an alternate name of Highland)
        return after.isEmpty() && QUARTER_NAMES.contains(own[own.length - 1]);
      }
    }
    String[] rest = after.isEmpty() ? new String[0] : after.toLowerCase(Locale.ROOT).split("\\s+");
    if (rest.length > 0) {
      // "Homewood North" (Pittsburgh's, not Homewood, Alabama): a town's name with a direction after it that the
      // gazetteer does not know as a whole is a quarter's
      return QUARTER_NAMES.contains(rest[rest.length - 1]) || rest.length == 1 && DIRECTIONS.contains(rest[0]);
    }
    // "South Los Angeles" is a part of the city; "North Pecos" is not the small town of Pecos
    return !before.isEmpty() && (t.place() == null || !City.is(t.place()));
  }

  /**
   * Whether the page calls a name a neighbourhood: "in the Washington Park neighborhood on the South Side" makes the
   * title's "Four Hurt In Washington Park Shooting" the quarter too (a Chicago page had been placed in Washington Park,
   * Illinois, 400 km away). Only "the NAME neighborhood" (or "section") counts: "a Chicago neighborhood" and "the
   * Brooklyn neighborhood of Bushwick" name the city a quarter is in.
   */
  static boolean calledQuarter(String text, String name) {
    for (String noun : QUARTER_WORDS) {
      for (String the : new String[] {"the ", "The "}) {
        String q = the + name + " " + noun;
        for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
          int end = at + q.length();
          if ((end == text.length() || !Character.isLetter(text.charAt(end))) && !text.startsWith(" of ", end)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Last words of the names of quarters, estates and local features: "Hamilton Heights", "Davis Park". */
  private static final Set<String> QUARTER_NAMES = Set.of("heights", "highlands", "gardens", "garden", "ward",
      "park", "hills", "hill", "village", "place", "lake", "square", "terrace", "manor", "estates", "acres", "side",
      "town", "rancheria", "reservation", "point", "ridge", "woods", "commons", "court", "crossing", "landing");
  /** Whether a word ends the names of quarters, estates and local features ("Heights", "gardens"), in any case. */
  static boolean quarterName(String word) {
    return QUARTER_NAMES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word ends a street's name ("Street", "Rd.", "Highway"), in any case. */
  static boolean streetWord(String word) {
    return STREET_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a word is a compass point's abbreviation: "SE", "N.W.". */
  static boolean compass(String word) {
    return COMPASS_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> COMPASS_ABBREVIATIONS = Set.of("nw", "ne", "sw", "se", "n.w.", "n.e.", "s.w.",
      "s.e.");

  private static final Set<String> STREET_WORDS = Set.of("street", "st.", "avenue", "ave.", "ave", "road", "rd.",
      "drive", "dr.", "boulevard", "blvd.", "lane", "highway", "parkway", "court", "terrace", "place");
  private static final Set<String> PLURAL_STREET_WORDS = Set.of("streets", "avenues", "roads", "drives",
      "boulevards", "lanes", "sts.", "aves.");
  /** Nouns of a place on a street or between streets: "the 3500 block of", "the corner of", "the intersection of". */
  private static final Set<String> CROSSING_WORDS = Set.of("block", "corner", "intersection");
  private static final Set<String> QUARTER_WORDS = Set.of("neighborhood", "neighbourhood", "section");
}
