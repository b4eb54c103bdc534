package org.vigil.pipeline.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.geo.GeoName;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/**
 * A name in a sentence that may be the incident's place: tokens {@code first} to {@code last}, the name they spell,
 * the word before it ({@code prep}: "in", "near", "northern", "appos" after a comma) and its character span; and
 * how a sentence's candidates are found. Stateless.
 */
record Candidate(int first, int last, String name, String prep, Span span) {
  /** Nouns of the sites incidents happen at: "La Terrasse nightclub", "a Dallas hotel". */
  static final Set<String> SITE_WORDS = Set.of("hotel", "resort", "campement", "camp", "nightclub", "club",
      "bar", "restaurant", "cafe", "mall", "market", "church", "mosque", "school", "university", "college",
      "embassy", "airport", "station", "base", "stadium", "theatre", "museum", "beach", "compound", "barracks",
      "hospital", "bank", "temple", "plaza", "square", "centre", "center", "building", "complex", "lodge", "palace");

  /**
   * The candidates of a sentence: capitalised name runs introduced by a locative preposition, tagged LOCATION by
   * NER, or, when {@code tagged}, where the toponym tagger found one.
   */
  static List<Candidate> find(String text, Sentence s, Names r, boolean tagged) {
    List<Candidate> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      Toponym named = tagged ? r.toponymStartingAt(k.begin()) : townReadAsOrganisation(t, i, r);
      boolean start = k.ner().equals("LOCATION") || k.isProperNoun() && i > 0 && afterPrep(t, i)
          && !k.ner().equals("PERSON") && !k.ner().equals("DATE") && !k.ner().equals("ORGANIZATION")
          || named != null;
      if (!start) {
        continue;
      }
      int j = i;
      while (j + 1 < t.size() && (t.get(j + 1).isProperNoun() && !t.get(j + 1).ner().equals("DATE")
          || t.get(j + 1).ner().equals("LOCATION") || named != null && t.get(j + 1).end() <= named.span().end())) {
        j++;
      }
      if (j + 1 < t.size() && Toponym.naturalFeatureAfter(t.get(j + 1).word())) {
        i = j; // "in the Sahara desert": a desert, not the village of that name
        continue;
      }
      // the site noun after a name belongs to it: "La Terrasse nightclub"
      if (j + 1 < t.size() && SITE_WORDS.contains(t.get(j + 1).lower())) {
        j++;
      }
      // "Mali 's capital Bamako": keep the capital
      if (j + 3 < t.size() && t.get(j + 1).word().equals("'s") && t.get(j + 2).lower().equals("capital")
          && t.get(j + 3).isProperNoun()) {
        int capFirst = j + 3;
        int capLast = capFirst;
        while (capLast + 1 < t.size() && t.get(capLast + 1).isProperNoun()) {
          capLast++;
        }
        out.add(new Candidate(capFirst, capLast, s.text(text, capFirst, capLast), prepBefore(t, i),
            s.span(capFirst, capLast)));
        i = capLast;
        continue;
      }
      String prep = prepBefore(t, i);
      if (!Quarters.streetOrQuarter(t, i, j)) {
        out.add(new Candidate(i, j, s.text(text, i, j), prep, s.span(i, j)));
      }
      i = j;
    }
    return out;
  }

  /**
   * A candidate is worth resolving when the toponym tagger also saw a place there, when it names a site, or when
   * NER calls it a location after a locative preposition; anything else ("Thursday", a person's name) is dropped.
   */
  static boolean plausible(Sentence s, Candidate c, Names r) {
    if (r.toponymAt(c.span()) != null) {
      return true;
    }
    for (String w : c.name().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (SITE_WORDS.contains(w)) {
        return true;
      }
    }
    // a name after a word for a town's centre is a town's ("in downtown Springfield"), whatever NER and the
    // toponym tagger made of it
    List<Token> t = s.tokens();
    if (c.first() > 1 && TOWN_CENTRE.contains(t.get(c.first() - 1).lower()) && afterPrep(t, c.first())) {
      return true;
    }
    // a name NER calls a location after "in", "at" or "near" that the gazetteer does not know ("in Dougourakoro,
    // near Mali's capital Bamako") still matters: it is the locality the fallback to a nearby town keeps
    return t.get(c.first()).ner().equals("LOCATION")
        && (c.prep().equals("in") || c.prep().equals("at") || c.prep().equals("near"));
  }

  /**
   * The word before a name, past determiners and a word for a town's centre: "in downtown Springfield" is in
   * Springfield, as "in Springfield" is (the name had not been read as a place: no preposition stood right before
   * it).
   */
  private static String prepBefore(List<Token> t, int i) {
    int p = i - 1;
    while (p >= 0 && t.get(p).pos().equals("DT")) {
      p--;
    }
    if (p > 0 && TOWN_CENTRE.contains(t.get(p).lower())) {
      p--;
    }
    if (p < 0) {
      return "";
    }
    String w = t.get(p).lower();
    if (Quarters.DIRECTIONS.contains(w)) {
      return w;
    }
    if (w.equals(",") && p > 0) {
      return "appos";
    }
    return w;
  }

  /**
   * The town a name after a locative preposition spells whole, where NER read it as an organisation ("shot in Newport
   * News": its last word is a newspaper's). The toponym tagger found a town by the gazetteer there, and the
   * capitalised name stops where the town's name does ("in Fairfax County Circuit Court" is a court). Null otherwise.
   */
  private static Toponym townReadAsOrganisation(List<Token> t, int i, Names r) {
    Token k = t.get(i);
    if (i == 0 || !k.ner().equals("ORGANIZATION") || !k.isProperNoun() || !isPrep(t.get(i - 1).lower())) {
      return null;
    }
    Toponym town = r.toponymStartingAt(k.begin());
    if (town == null || town.basis() != Toponym.Basis.GAZETTEER || town.place() == null
        || town.place().kind() != GeoName.Kind.POPULATED_PLACE) {
      return null;
    }
    int last = i;
    while (last + 1 < t.size() && t.get(last + 1).end() <= town.span().end()) {
      last++;
    }
    return t.get(last).end() == town.span().end() && (last + 1 == t.size() || !t.get(last + 1).isProperNoun())
        ? town : null;
  }

  /** Words for a town's centre or a part of it, between a preposition and the town's name ("in downtown X"). */
  private static final Set<String> TOWN_CENTRE = Set.of("downtown", "uptown", "midtown");

  /** Whether a preposition stands right before a name, or before a word for a town's centre ("in downtown X"). */
  private static boolean afterPrep(List<Token> t, int i) {
    return isPrep(t.get(i - 1).lower())
        || i > 1 && TOWN_CENTRE.contains(t.get(i - 1).lower()) && isPrep(t.get(i - 2).lower());
  }

  private static boolean isPrep(String w) {
    return w.equals("in") || w.equals("at") || w.equals("near") || w.equals("outside") || w.equals("of")
        || w.equals("from") || w.equals("to") || ATTACK_VERBS.contains(w);
  }

  /** Verbs whose object is the place attacked: "Gunmen attacked Garissa University College". */
  private static final Set<String> ATTACK_VERBS = Set.of("attacked", "stormed", "bombed", "targeted", "raided",
      "hit", "struck", "besieged", "seized", "overran");
}
