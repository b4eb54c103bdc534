package org.vigil.eval.gva;

import java.util.regex.Pattern;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.model.IncidentTime;

/**
 * Maps an article's main incident to the GVA fields, in GVA's own spelling of places ("Saint Louis", "Pasco
 * (county)"). GVA counts every participant, suspects included, so {@code killed} is victims killed plus perpetrators
 * killed. When the article states no figure of a kind, the count is 0 if {@code unstatedIsZero} (a shooting report
 * that names no dead usually had none) and null otherwise. Stateless and thread-safe.
 */
public final class GvaMapper {
  private GvaMapper() {}

  /** The GVA incident of a main incident, or null for none. */
  public static GvaPrediction.GvaIncident incident(Incident main, boolean unstatedIsZero) {
    if (main == null) {
      return null;
    }
    return incident(main.time(), main.place(), main.figure(FigureKind.KILLED),
        main.figure(FigureKind.PERPETRATORS_KILLED), main.figure(FigureKind.INJURED), unstatedIsZero);
  }

  /**
   * The GVA incident from its parts: one article's incident, or a merged incident (the date and place of the
   * reports they were taken from, the reconciled figures). The only mapping of Vigil's incidents to GVA fields.
   *
   * @param time the incident's time, or null
   * @param place the incident's place, or null
   * @param killed victims killed, or null when not stated
   * @param perpetratorsKilled perpetrators killed, or null
   * @param injured injured, or null
   * @param unstatedIsZero a count not stated is 0 (else null)
   */
  public static GvaPrediction.GvaIncident incident(IncidentTime time, IncidentPlace place, Integer killed,
      Integer perpetratorsKilled, Integer injured, boolean unstatedIsZero) {
    String date = time == null || time.start() == null ? null : time.start().toString();
    IncidentPlace p = place;
    String city = p == null ? null : cityOrCounty(p);
    Integer k = sum(killed, perpetratorsKilled);
    Integer i = injured;
    if (unstatedIsZero) {
      k = k == null ? Integer.valueOf(0) : k;
      i = i == null ? Integer.valueOf(0) : i;
    }
    return new GvaPrediction.GvaIncident(date, city, p == null ? null : p.admin1(), p == null ? null : p.lat(),
        p == null ? null : p.lon(), k, i);
  }

  /** "St. Louis", "St Paul": GVA spells the saint out. */
  private static final Pattern SAINT = Pattern.compile("^St\\.?\\s+");
  private static final Pattern COUNTY = Pattern.compile("\\s+County$");

  /**
   * The place in GVA's {@code city_or_county} field, or null: the town when the place is that town or near it
   * (precision 1–2), a county (a second-level division) as GVA writes it, "Pasco (county)" for Pasco County, and
   * a saint's name spelled out, "Saint Louis" for St. Louis, in plain letters ({@link #ascii}); a hyphenated name as
   * GVA writes it, its postal name without the hyphen and its own name in brackets ("Winston Salem (Winston-salem)",
   * "Miami-dade (county)"); a town with a postal town of another name as GVA writes it, the postal town first
   * ("Pittsburgh (Wilkinsburg)"). A region alone has none.
   */
  static String cityOrCounty(IncidentPlace p) {
    String name = p.resolvedName();
    if (name == null) {
      return null;
    }
    if ("ADM2".equals(p.featureCode()) && COUNTY.matcher(name).find()) {
      String county = COUNTY.matcher(name).replaceFirst("");
      // the article's town that the gazetteer knows only by its county ("Hartsville", placed in Bartholomew
      // County): GVA names the town
      return town(p.name(), county) ? ascii(p.name()) : hyphenated(county) + " (county)";
    }
    if (p.precision() < 1 || p.precision() > 2) {
      return null;
    }
    String town = spelled(name);
    // the postal name has no hyphen, and the place's own name follows it as GVA writes a place within a town
    if (HYPHEN.matcher(town).find()) {
      return town.replace('-', ' ') + " (" + hyphenated(town) + ")";
    }
    // a town whose addresses carry another town's name: "Pittsburgh (Wilkinsburg)"
    return p.postalTown() == null ? town : spelled(p.postalTown()) + " (" + town + ")";
  }

  /** A town's name as GVA spells it: a saint's name spelled out ("Saint Louis"), in plain letters. */
  private static String spelled(String town) {
    return ascii(SAINT.matcher(town).replaceFirst("Saint "));
  }

  /**
   * Whether the article's name for a place placed at its county is a town's: one to three capitalised words, not
   * the county's own name, nor a division's, a site's or an abbreviation ("Tulsa hospital", "Big Bend Region",
   * "Mo").
   */
  private static boolean town(String name, String county) {
    if (name == null || name.length() < 4 || name.contains(county)) {
      return false;
    }
    String[] words = name.split("\\s+");
    if (words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (!TOWN_WORD.matcher(w).matches() || NOT_TOWN.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern TOWN_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’.-]+");
  /** Words of names that are no town's. */
  private static final java.util.Set<String> NOT_TOWN = java.util.Set.of("county", "parish", "borough", "township",
      "region", "sheriff", "police", "hospital", "school", "center", "centre", "mall", "street", "avenue",
      "road", "court", "jail", "university", "college", "church", "club", "bar", "area");

  /** A hyphen between two words of a name: "Winston-Salem". */
  private static final Pattern HYPHEN = Pattern.compile("\\p{L}-\\p{L}");

  /** GVA's spelling of a hyphenated name: the words after the hyphen in lower case ("Miami-dade"). */
  private static String hyphenated(String name) {
    int h = name.indexOf('-');
    return h < 0 ? name : name.substring(0, h + 1) + name.substring(h + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /** GVA writes its places in plain letters: "San Jose" for San José, "Pahoa" for Pāhoa. */
  private static String ascii(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static Integer sum(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + b;
  }
}
