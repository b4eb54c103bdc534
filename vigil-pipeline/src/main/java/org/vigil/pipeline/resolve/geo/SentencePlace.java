package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.geo.Country;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.Evidence;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * The place one sentence names, in the phrase shapes news uses for a location: "at SITE in LOCALITY, near X's
 * capital Y", "in TOWN", "near TOWN", "in northern COUNTRY"; a site named after its town ("at a Dallas nightclub").
 * Thread-safe; the gazetteer is shared.
 */
final class SentencePlace {
  private final Gazetteer gazetteer;

  SentencePlace(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The place of one sentence between two tokens, or null; {@code tagged}: names the toponym tagger found count as
   * candidates whatever their part of speech.
   */
  IncidentPlace find(String text, Sentence s, Names r, int fromToken, int toToken, boolean tagged) {
    List<Candidate> cands = new ArrayList<>();
    for (Candidate c : Candidate.find(text, s, r, tagged)) {
      if (c.first() >= fromToken && c.last() <= toToken && Candidate.plausible(s, c, r) && !hospital(text, s, c, r)
          && !quarter(text, c, r)) {
        cands.add(c);
      }
    }
    if (cands.isEmpty()) {
      return null;
    }
    String site = null;
    Candidate siteCandidate = null;
    Candidate locality = null;
    Candidate near = null;
    Candidate region = null;
    for (Candidate c : cands) {
      String lower = c.name().toLowerCase(Locale.ROOT);
      boolean isSite = false;
      for (String w : lower.split("\\s+")) {
        if (Candidate.SITE_WORDS.contains(w)) {
          isSite = true;
        }
      }
      if ((isSite || c.prep().equals("at") && c.name().split("\\s+").length >= 3) && site == null) {
        site = c.name();
        siteCandidate = c;
        continue;
      }
      if (c.prep().equals("near") && near == null) {
        near = c;
      } else if (Quarters.DIRECTIONS.contains(c.prep()) && region == null) {
        region = c;
      } else if (!isSite && (r.rank(c) > (locality == null ? -1 : r.rank(locality))
          || r.rank(c) == r.rank(locality) && resident(s, locality) && !resident(s, c))) {
        // within a sentence a town beats a division, and a division a country: "the Islamic State of Iraq and
        // Syria … at Bardo museum in the capital Tunis"; a town that is where the incident was beats one that is
        // where a person lives ("Pittsburgh man to stand trial for Allentown homicide")
        locality = c;
      }
    }
    // "Fort Worth man fatally shot while hunting near Azle": the man's town is not the place he was shot near; nor is
    // the town a distance is told from ("at their home near Milo, 30 miles north of Springfield")
    if (locality != null && near != null && (resident(s, locality) || ReferenceTown.reference(text, locality.span())
        || community(text, locality))) {
      locality = null;
    }
    // "in central Kabul": a part of a town is still that town
    if (region != null && (locality == null || r.rank(region) > r.rank(locality)) && r.rank(region) == 3) {
      locality = region;
      region = null;
    }
    // the evidence runs over every name used: "Le Campement Kangaba in Dougourakoro, near Mali's capital Bamako"
    int evFirst = Integer.MAX_VALUE;
    int evLast = -1;
    for (Candidate c : new Candidate[] {siteCandidate, locality, near}) {
      if (c != null) {
        evFirst = Math.min(evFirst, c.first());
        evLast = Math.max(evLast, c.last());
      }
    }
    Candidate all = evLast < 0 ? null : new Candidate(evFirst, evLast, "", "", s.span(evFirst, evLast));
    if (locality != null) {
      Optional<GeoName> g = r.resolve(locality);
      if (g.isPresent() && g.get().kind() != GeoName.Kind.COUNTRY) {
        return build(site != null ? site : locality.name(), site != null ? locality.name() : null,
            near == null ? null : near.name(), g.get(), site != null && g.get().kind() == GeoName.Kind.ADMIN1 ? 3
                : g.get().kind() == GeoName.Kind.ADMIN1 ? 3 : 1, ev(text, s, all));
      }
      if (near != null) {
        Optional<GeoName> n = r.resolve(near);
        if (n.isPresent()) {
          return build(site != null ? site : locality.name(), locality.name(), near.name(), n.get(), 2,
              ev(text, s, all));
        }
      }
      if (g.isPresent()) {
        return build(site != null ? site : locality.name(), null, null, g.get(), 3, ev(text, s, locality));
      }
    }
    if (near != null) {
      Optional<GeoName> n = r.resolve(near);
      if (n.isPresent()) {
        return build(site != null ? site : near.name(), null, near.name(), n.get(), 2, ev(text, s, all));
      }
    }
    if (siteCandidate != null) {
      // a site named after its town: "outside Kokomo nightclub", "at a Dallas nightclub"
      Toponym t = r.toponymAt(siteCandidate.span());
      String rest = t == null ? "" : site.substring(Math.min(site.length(), t.name().length())).strip()
          .toLowerCase(Locale.ROOT);
      // but not a hospital's proper name ("Mount Sinai Hospital"): the wounded are taken there, and such names are
      // rarely their town's ("a Chicago hospital", "outside Myrtle Beach hospital" are)
      boolean namedHospital = (rest.endsWith("hospital") || rest.startsWith("medical "))
          && Character.isUpperCase(site.charAt(site.length() - rest.length()));
      Optional<GeoName> town = t == null ? Optional.empty() : r.chosen(t);
      if (town.isPresent() && town.get().kind() == GeoName.Kind.POPULATED_PLACE && !namedHospital
          && t.basis() != Toponym.Basis.CONTAINED && site.startsWith(t.name() + " ")
          && (Candidate.SITE_WORDS.contains(rest) || siteKind(rest, t.name(), town.get()))
          && !placedElsewhere(text, site, town.get())) {
        return build(site, t.name(), null, town.get(), 1, ev(text, s, siteCandidate));
      }
    }
    if (region != null) {
      Optional<Country> c = gazetteer.country(region.name());
      Optional<GeoName> g = c.isPresent() ? gazetteer.lookup(c.get().name()).stream()
          .filter(x -> x.kind() == GeoName.Kind.COUNTRY).findFirst() : r.resolve(region);
      if (g.isPresent()) {
        String name = region.prep() + " " + region.name();
        return new IncidentPlace(name, null, null, g.get().name(), g.get().geonameId() == 0 ? null
            : g.get().geonameId(), g.get().lat(), g.get().lon(), null, g.get().countryCode(), "region-of-"
            + g.get().featureCode(), 3, ev(text, s, region));
      }
    }
    return null;
  }

  /**
   * Whether the words after a town's name in a site's name say what kind of site it is, one word and a site noun or
   * "hall" ("High School", "banquet hall"), as a site named after its town is called ("at Millbrook High School", "a
   * Millbrook banquet hall"). Not when the word makes a local feature's name of the town's ("the Millbrook Gardens
   * complex", a housing estate anywhere), nor when the town was found only under another of its names (a resort
   * named after a bay whose first word is a village's old name).
   */
  private static boolean siteKind(String rest, String name, GeoName town) {
    String[] words = rest.split(" ");
    return words.length == 2 && words[0].chars().allMatch(Character::isLetter) && !Quarters.quarterName(words[0])
        && (Candidate.SITE_WORDS.contains(words[1]) || words[1].equals("hall"))
        && Outlet.letters(name).equals(Outlet.letters(town.name()));
  }

  /**
   * Whether a candidate's town is a quarter the page calls a neighbourhood elsewhere ({@link Quarters#calledQuarter}),
   * by its own name or by the toponym inside it ("Washington Park Shooting" in a title). A city keeps its name: the
   * page's "the Chicago neighborhood" is rare, "a shooting in Chicago" common.
   */
  private static boolean quarter(String text, Candidate c, Names r) {
    Toponym t = r.toponymAt(c.span());
    String name = t != null && c.name().contains(t.name()) ? t.name() : c.name();
    if (!Quarters.calledQuarter(text, name)) {
      return false;
    }
    Optional<GeoName> g = r.resolve(c);
    return g.isEmpty() || !City.is(g.get());
  }

  /**
   * Whether the page places a site named after a town in another town of the same country: "SITE in TOWN" or "SITE,
   * TOWN" anywhere on the page. The site's name is then its own, not its town's: "Active shooter at Cascade Mall in
   * Burlington, Washington" over "opened fire inside Macy's at the Cascade Mall" had placed a Burlington page in
   * Cascade, Idaho (GVA dev, articles 401–2,000). "Santa Monica College in Santa Monica" still places it in its
   * namesake.
   *
   * @param text the article's text
   * @param site the site's name, its first words the town's ("Cascade Mall")
   * @param town the town the site's first words name
   */
  private boolean placedElsewhere(String text, String site, GeoName town) {
    Matcher m = Pattern.compile(Pattern.quote(site) + "(?: in|,) (\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)*)")
        .matcher(text);
    while (m.find()) {
      // the longest leading run of the capitalised words that is a town: "in Burlington Friday"
      String[] words = m.group(1).split(" ");
      for (int n = words.length; n > 0; n--) {
        String other = String.join(" ", Arrays.copyOf(words, n));
        List<GeoName> found = gazetteer.lookup(other);
        // a state or country after the site says nothing of its town: "Kokomo Mall, Indiana"
        if (other.equals(town.name()) || !found.isEmpty() && found.get(0).kind() != GeoName.Kind.POPULATED_PLACE) {
          break;
        }
        for (GeoName g : found) {
          if (g.kind() == GeoName.Kind.POPULATED_PLACE && g.countryCode().equals(town.countryCode())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a name is a hospital's in this article: it names "… Hospital" or "… Medical Center" elsewhere ("taken
   * to Mount Sinai Hospital … also taken to Mount Sinai"; {@link HospitalName}), and the wounded are taken there, not
   * shot there. A {@link City}'s name stays the city's: hospitals are named after the cities they serve ("Atlanta
   * Medical Center"); so does a name after "in", a town's preposition, not a hospital's ("a shooting range in
   * Millbrook … took him to Millbrook Hospital"), or after "community near", where a settlement is told by the town
   * it lies near ("in the Pineview community near Springfield … taken to Springfield Medical Center").
   */
  private static boolean hospital(String text, Sentence s, Candidate c, Names r) {
    if (c.prep().equals("in") || communityNear(s, c) || !HospitalName.opens(text, c.name())) {
      return false;
    }
    Optional<GeoName> g = r.resolve(c);
    return g.isEmpty() || !City.is(g.get());
  }

  /**
   * Whether a name is a person's home town in this sentence: a name right before a noun for a person or a group of
   * people ("a Columbus man", "Midlothian couple"). It is where someone lives, not necessarily where the incident
   * was.
   */
  static boolean resident(Sentence s, Candidate c) {
    return residentAfter(s, c.last());
  }

  /**
   * Whether a place found in a sentence is named as a person's home: its evidence right before a noun for a person
   * or a group of people ("A Marion County man pleaded guilty"), as {@link #resident(Sentence, Candidate)}.
   */
  static boolean resident(Sentence s, IncidentPlace p) {
    if (p.evidence() == null || !s.span().contains(p.evidence().span())) {
      return false;
    }
    int last = -1;
    for (Token k : s.tokens()) {
      last = k.end() <= p.evidence().span().end() ? k.index() : last;
    }
    return last >= 0 && residentAfter(s, last);
  }

  /** Whether the token after the {@code last} of a name is a noun for people ({@link #RESIDENTS}). */
  private static boolean residentAfter(Sentence s, int last) {
    List<Token> t = s.tokens();
    return last + 1 < t.size() && RESIDENTS.contains(t.get(last + 1).lower());
  }

  /** Nouns for people a town's name qualifies as their home: "Columbus man", "Quincy girl". */
  private static final java.util.Set<String> RESIDENTS = java.util.Set.of("man", "woman", "men", "women", "boy",
      "girl", "boys", "girls", "teen", "teens", "teenager", "teenagers", "couple", "resident", "residents", "native",
      "father", "mother", "dad", "mom", "youth", "toddler", "child", "family");

  /** Whether the name follows "community near": "in the Pineview community near Springfield". */
  private static boolean communityNear(Sentence s, Candidate c) {
    List<Token> t = s.tokens();
    return c.prep().equals("near") && c.first() >= 2 && t.get(c.first() - 1).lower().equals("near")
        && t.get(c.first() - 2).lower().equals("community");
  }

  /** A lower-case "community" right after a name: "in the Pineview community near Springfield". */
  private static final Pattern COMMUNITY = Pattern.compile("^\\s+community\\b");

  /**
   * Whether the locality is named as a community ("shot in the Pineview community near Springfield"): such a place is
   * mostly unincorporated, told by the town it lies near, and records give that town, as they do for "the Pineview
   * area near Springfield" ({@link ReferenceTown#reference(String, Span)}).
   */
  private static boolean community(String text, Candidate c) {
    int end = c.span().end();
    return end <= text.length() && COMMUNITY.matcher(text.substring(end, Math.min(text.length(), end + 12))).find();
  }

  static Evidence ev(String text, Sentence s, Candidate c) {
    Span span = s.span(c.first(), c.last());
    return new Evidence(span, span.of(text), s.span());
  }

  static IncidentPlace build(String name, String locality, String near, GeoName g, int precision, Evidence ev) {
    // a county (vigil-geo's ADM2 entries) is near the incident, not at it
    int p = g.featureCode().equals("ADM2") ? 2
        : g.kind() == GeoName.Kind.COUNTRY || g.kind() == GeoName.Kind.ADMIN1 ? 3 : precision;
    return new IncidentPlace(name, locality, near, g.name(), g.geonameId() == 0 ? null : g.geonameId(), g.lat(),
        g.lon(), g.admin1Name(), g.countryCode(), g.featureCode(), p, ev);
  }
}
