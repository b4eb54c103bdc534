package org.vigil.pipeline.resolve.geo.toponym;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.geo.Country;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Finds candidate toponyms: runs of capitalised tokens, matched against the gazetteer longest first, plus
 * nationality words, state abbreviations, world regions, "X County" divisions and "X Street" / "X River" features the
 * gazetteer lacks, names inside hyphenated words ("Atlanta-based") and the place in a party label ("Pelosi,
 * D-Calif."). Whether a candidate is a place is decided later by {@link Evidence}. Stateless and thread-safe.
 */
final class MentionFinder {
  private static final int MAX_TOKENS = 6;
  private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "la", "le", "du", "des", "el", "al",
      "upon", "on", "and", "the", "da", "do", "dos", "das", "di", "y", "sur", "am", "an", "im", "-", "&", "en", "a",
      "'s", "’s");
  /** Connectors that open place names: "El Dorado", "La Porte", "Des Plaines". */
  private static final Set<String> PARTICLES = Set.of("el", "la", "le", "de", "del", "du", "des", "da", "di", "dos",
      "das", "al");
  private static final Set<String> NON_NAME_NER = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
      "MONEY", "PERCENT");
  private static final Set<String> STRICT_SUFFIXES = Set.of("State", "Province", "Region", "District",
      "Governorate", "Prefecture", "Oblast", "Municipality", "Department", "Territory", "City");
  private static final Set<String> DIVISION_SUFFIXES = Set.of("County", "Parish", "Township", "Borough");
  private static final Set<String> UNIT_WORDS = Set.of("city", "town", "village", "borough", "county", "province",
      "state", "district", "municipality", "region", "prefecture", "governorate", "township", "parish");
  private static final Set<String> NUMBERED_ROADS = Set.of("Road", "Highway", "Route", "Interstate");
  /**
   * Words that are never a place on their own, only as part of a longer name ("North Carolina", "Fort Worth"); "Area"
   * ends the names of parks and wildlife areas ("the Elm Creek Fish and Wildlife Area"), and the gazetteer keeps it as
   * a village's old name (such a name had put a shooting range in another state).
   */
  private static final Set<String> NEVER_ALONE = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
      "greater", "metro", "mid", "middle", "inner", "outer", "fort", "mount", "mt", "port", "saint", "st", "san",
      "santa", "los", "las", "abu", "al", "ras", "new", "old", "great", "little", "big", "grand", "lake", "county",
      "city", "state", "province", "district", "region", "republic", "kingdom", "united", "union", "islands",
      "island", "federal", "national", "democratic", "people", "peoples", "area");
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
      "northwestern", "southeastern", "southwestern");
  private static final String[] REGION_PREFIXES = {"North", "South", "East", "West", "Central", "Northern",
      "Southern", "Eastern", "Western"};
  private static final Set<String> HYPHEN_HEADS = Set.of("based", "born", "area", "bound", "owned", "made", "led",
      "backed", "native", "raised", "grown", "centered", "headquartered", "style", "registered", "flagged",
      "controlled", "held", "occupied", "administered", "wide", "funded", "sponsored", "allied", "bred", "built");

  private final Gazetteer gazetteer;

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Every candidate of the document, in text order, not overlapping. */
  List<Mention> find(Annotated doc) {
    List<Mention> out = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        Token k = t.get(i);
        if (partyLabel(s, i) && i + 2 < t.size()) {
          int end = i + 2;
          while (end + 1 < t.size() && isCap(t.get(end + 1))) {
            end++;
          }
          Mention m = party(text, s, i + 2, end);
          if (m != null) {
            out.add(m);
            i = end + 1;
            continue;
          }
        }
        if (!isCap(k)) {
          i++;
          continue;
        }
        int end = i;
        while (end + 1 < t.size()) {
          if (isCap(t.get(end + 1))) {
            end++;
          } else if (end + 2 < t.size() && CONNECTORS.contains(t.get(end + 1).lower()) && isCap(t.get(end + 2))) {
            end += 2;
          } else if (end + 3 < t.size() && CONNECTORS.contains(t.get(end + 1).lower())
              && CONNECTORS.contains(t.get(end + 2).lower()) && isCap(t.get(end + 3))) {
            end += 3; // "Republic of the Congo"
          } else {
            break;
          }
        }
        int a = i;
        while (a <= end) {
          Mention m = null;
          for (int b = Math.min(end, a + MAX_TOKENS - 1); b >= a && m == null; b--) {
            m = match(text, s, a, b);
          }
          if (m != null) {
            out.add(m);
            a = m.last + 1;
          } else {
            if (t.get(a).word().indexOf('-') > 0) {
              hyphenated(text, s, a, out);
            }
            a++;
          }
        }
        i = end + 1;
      }
    }
    return out;
  }

  /** "Pelosi, D-Calif.", "Miller (R-Columbus)": a party letter and a hyphen after a comma or parenthesis. */
  private static boolean partyLabel(Sentence s, int i) {
    List<Token> t = s.tokens();
    return i > 0 && i + 2 < t.size() && (t.get(i - 1).word().equals(",") || t.get(i - 1).word().equals("("))
        && (t.get(i).word().equals("D") || t.get(i).word().equals("R") || t.get(i).word().equals("I"))
        && t.get(i + 1).word().equals("-") && Character.isUpperCase(t.get(i + 2).word().charAt(0));
  }

  /** The place of a party label: a state abbreviation, a state, or a town (a legislator's home). */
  private Mention party(String text, Sentence s, int a, int b) {
    for (int x = b; x >= a; x--) {
      Span span = withPeriod(text, s.span(a, x));
      String name = span.of(text);
      String[] abbr = Words.abbreviation(name, true);
      Optional<GeoName> division = abbr != null ? gazetteer.admin1(abbr[0], abbr[1]) : gazetteer.admin1("US", name);
      Mention m = null;
      if (division.isPresent()) {
        m = new Mention(s.index(), a, x, span, name, Mention.Kind.STATE_ABBREVIATION, List.of(division.get()), null);
      } else {
        List<GeoName> found = gazetteer.lookup(name);
        if (!found.isEmpty()) {
          m = new Mention(s.index(), a, x, span, name, Mention.Kind.PLACE, found, null);
        }
      }
      if (m != null) {
        m.partyLabel = true;
        return m;
      }
    }
    return null;
  }

  /** A candidate for tokens a..b of the sentence, or null. */
  private Mention match(String text, Sentence s, int a, int b) {
    List<Token> t = s.tokens();
    if (CONNECTORS.contains(t.get(b).lower())) {
      return null;
    }
    if (CONNECTORS.contains(t.get(a).lower())) {
      // a name that opens with a particle is a place by its whole name only ("El Dorado", "La Porte"): its last
      // word alone is another place ("Dorado", Puerto Rico)
      if (b == a || !PARTICLES.contains(t.get(a).lower()) || !isCap(t.get(a))) {
        return null;
      }
      Span whole = withPeriod(text, s.span(a, b));
      List<GeoName> exact = exact(gazetteer.lookup(whole.of(text)), whole.of(text));
      return exact.isEmpty() ? null
          : new Mention(s.index(), a, b, whole, whole.of(text), Mention.Kind.PLACE, exact, null);
    }
    if (b > a + 1 && UNIT_WORDS.contains(t.get(a).lower()) && t.get(a + 1).lower().equals("of")) {
      return null; // "City of Santa Ana": the toponym is the name after "of"
    }
    Span span = withPeriod(text, s.span(a, b));
    String name = span.of(text);
    if (name.indexOf('\n') >= 0) {
      return null;
    }
    String last = suffix(t, b);
    if (b - a <= 1) {
      String[] abbr = Words.abbreviation(name, false);
      if (abbr != null) {
        Optional<GeoName> division = gazetteer.admin1(abbr[0], abbr[1]);
        if (division.isPresent()) {
          return new Mention(s.index(), a, b, span, name, Mention.Kind.STATE_ABBREVIATION,
              List.of(division.get()), null);
        }
      }
    }
    if (a == b && (NEVER_ALONE.contains(fold(name)) || fold(name).length() < 2)) {
      return null;
    }
    Words.Region region = Words.REGIONS.get(fold(name));
    if (region == null && b > a && COMPASS.contains(t.get(a).lower()) && gazetteer.lookup(name).isEmpty()) {
      Words.Region whole = Words.REGIONS.get(fold(s.text(text, a + 1, b)));
      region = whole == null ? null : new Words.Region(name, whole.lat(), whole.lon());
    }
    if (region != null) {
      return new Mention(s.index(), a, b, span, name, Mention.Kind.REGION, List.of(), region);
    }
    if (b - a <= 1) {
      Mention d = demonym(s, a, b, span, name);
      if (d != null) {
        return d;
      }
    }
    if (b > a && (STRICT_SUFFIXES.contains(last) || DIVISION_SUFFIXES.contains(last))) {
      List<GeoName> exact = exact(gazetteer.lookup(name), name);
      if (!exact.isEmpty()) {
        return new Mention(s.index(), a, b, span, name, Mention.Kind.PLACE, exact, null);
      }
      if (DIVISION_SUFFIXES.contains(last) && isCap(t.get(b - 1)) && !Words.ORG_HEADS.contains(t.get(b - 1).word())
          && !NEVER_ALONE.contains(t.get(b - 1).lower())) {
        String base = s.text(text, a, b - 1);
        Mention d = new Mention(s.index(), a, b, span, name, Mention.Kind.DIVISION, gazetteer.lookup(base), null);
        d.countyStates = gazetteer.countyStates(name);
        return d;
      }
      return null;
    }
    if (b > a && Words.FEATURE_SUFFIXES.contains(last) || NUMBERED_ROADS.contains(last)) {
      List<GeoName> exact = b > a ? exact(gazetteer.lookup(name), name) : List.of();
      if (!exact.isEmpty()) {
        return new Mention(s.index(), a, b, span, name, Mention.Kind.PLACE, exact, null);
      }
      for (int x = a; x < b; x++) {
        String lower = t.get(x).lower();
        if (Words.ORG_HEADS.contains(t.get(x).word()) || lower.equals("and") || lower.equals("&")
            || !isCap(t.get(x)) && !CONNECTORS.contains(lower)) {
          return null;
        }
      }
      if (b + 1 < t.size() && isCap(t.get(b + 1))) {
        return null; // "Texas Forest Service": the feature word is inside an organisation's name
      }
      int end = b;
      if (NUMBERED_ROADS.contains(last) && b + 1 < t.size() && t.get(b + 1).pos().equals("CD")) {
        end = b + 1; // "County Road 225", "Highway 19"
      } else if (b == a || Words.FEATURE_SUFFIXES.contains(last) == false) {
        return null;
      }
      Span full = s.span(a, end);
      return new Mention(s.index(), a, end, full, full.of(text), Mention.Kind.FEATURE, List.of(), null);
    }
    List<GeoName> found = gazetteer.lookup(name);
    if (found.isEmpty() && name.contains(" of the ")) {
      found = gazetteer.lookup(name.replace(" of the ", " of ")); // "Democratic Republic of the Congo"
    }
    if (a == b && t.get(a).ner().equals("LOCATION") && small(found)) {
      region = regionOfDivisions(name);
      if (region != null) {
        return new Mention(s.index(), a, b, span, name, Mention.Kind.REGION, List.of(), region);
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    return new Mention(s.index(), a, b, span, name, Mention.Kind.PLACE, found, null);
  }

  /**
   * A region that the gazetteer knows only through its parts: "Darfur" when North, South and West Darfur are
   * divisions of one country. Its point is the mean of theirs.
   */
  private Words.Region regionOfDivisions(String name) {
    double lat = 0;
    double lon = 0;
    int n = 0;
    String country = null;
    for (String prefix : REGION_PREFIXES) {
      for (GeoName g : gazetteer.lookup(prefix + " " + name)) {
        if (g.kind() == GeoName.Kind.ADMIN1 && fold(Words.stripAffix(g.name())).equals(fold(prefix + " " + name))
            && (country == null || country.equals(g.countryCode()))) {
          country = g.countryCode();
          lat += g.lat();
          lon += g.lon();
          n++;
          break;
        }
      }
    }
    return n >= 2 ? new Words.Region(name, lat / n, lon / n) : null;
  }

  /** Whether no candidate is a country or division or a place of 10,000 or more. */
  private static boolean small(List<GeoName> found) {
    for (GeoName g : found) {
      if (g.kind() != GeoName.Kind.POPULATED_PLACE || g.population() >= 10_000) {
        return false;
      }
    }
    return true;
  }

  /** The span extended over a final period that the tokenizer split off: "U.S" + "." at a sentence end. */
  private static Span withPeriod(String text, Span span) {
    String name = span.of(text);
    if (name.indexOf('.') > 0 && !name.endsWith(".") && span.end() < text.length()
        && text.charAt(span.end()) == '.') {
      return new Span(span.start(), span.end() + 1);
    }
    return span;
  }

  private Mention demonym(Sentence s, int a, int b, Span span, String name) {
    if (name.length() < 4 || gazetteer.country(name).isPresent()
        || Character.isUpperCase(name.charAt(1)) && name.length() > 4) {
      return null;
    }
    List<Country> nations = gazetteer.nationality(name);
    if (nations.isEmpty()) {
      return null;
    }
    List<GeoName> places = new ArrayList<>();
    for (Country c : nations) {
      gazetteer.byId(c.geonameId()).ifPresent(places::add);
    }
    if (places.isEmpty()) {
      return null;
    }
    return new Mention(s.index(), a, b, span, name, Mention.Kind.DEMONYM, places, null);
  }

  /** A name at the start of a hyphenated token: "Atlanta-based", "U.S.-led", "Russian-backed". */
  private void hyphenated(String text, Sentence s, int i, List<Mention> out) {
    Token k = s.tokens().get(i);
    String w = text.substring(k.begin(), k.end());
    int dash = w.lastIndexOf('-');
    if (dash <= 0 || dash == w.length() - 1) {
      return;
    }
    String head = w.substring(0, dash);
    String tail = w.substring(dash + 1).toLowerCase(Locale.ROOT);
    if (!Character.isUpperCase(head.charAt(0)) || !HYPHEN_HEADS.contains(tail)) {
      return;
    }
    Span span = new Span(k.begin(), k.begin() + dash);
    Mention m = demonym(s, i, i, span, head);
    if (m == null) {
      List<GeoName> found = gazetteer.lookup(head);
      if (found.isEmpty()) {
        return;
      }
      m = new Mention(s.index(), i, i, span, head, Mention.Kind.PLACE, found, null);
    }
    m.hyphenated = true;
    out.add(m);
  }

  /** The candidates whose own name is the text (not a match through an alternate name or an affix). */
  private static List<GeoName> exact(List<GeoName> found, String name) {
    String key = fold(name);
    List<GeoName> out = new ArrayList<>();
    for (GeoName g : found) {
      if (fold(g.name()).equals(key)) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * The word of token b, a division's affix in capitals written as the affix: a dateline in capitals names its county
   * so ("PAULDING COUNTY, Ga. –", which read as the town of Paulding, Ohio), when the word before it is in capitals
   * as well.
   */
  private static String suffix(List<Token> t, int b) {
    String w = t.get(b).word();
    if (b == 0 || w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT)) || !t.get(b - 1).word().equals(
        t.get(b - 1).word().toUpperCase(Locale.ROOT))) {
      return w;
    }
    String affix = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    return DIVISION_SUFFIXES.contains(affix) ? affix : w;
  }

  static boolean isCap(Token k) {
    String w = k.word();
    if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.equals("I")) {
      return false;
    }
    return !NON_NAME_NER.contains(k.ner());
  }

  /** Lower-case letters and digits only, accents removed: enough to compare names with each other. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 0x250) {
        b.append(Character.toLowerCase(c));
      }
    }
    String f = b.toString();
    return f.startsWith("the") && f.length() > 6 && s.regionMatches(true, 0, "the ", 0, 4) ? f.substring(3) : f;
  }
}
