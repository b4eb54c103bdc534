package org.vigil.pipeline.resolve.geo.toponym;

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
 * nationality words, US state abbreviations, world regions, "X County" divisions and "X Street" / "X River"
 * features the gazetteer lacks, and names inside hyphenated words ("Atlanta-based"). Whether a candidate is a place
 * is decided later by {@link Evidence}. Stateless and thread-safe.
 */
final class MentionFinder {
  private static final int MAX_TOKENS = 6;
  private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "la", "le", "du", "des", "el", "al",
      "upon", "on", "and", "the", "da", "do", "dos", "das", "di", "y", "sur", "am", "an", "im", "-", "&", "en");
  private static final Set<String> NON_NAME_NER = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
      "MONEY", "PERCENT");
  private static final Set<String> STRICT_SUFFIXES = Set.of("State", "Province", "Region", "District",
      "Governorate", "Prefecture", "Oblast", "Municipality", "Department", "Territory", "City");
  private static final Set<String> DIVISION_SUFFIXES = Set.of("County", "Parish", "Township", "Borough");
  private static final Set<String> HYPHEN_HEADS = Set.of("based", "born", "area", "bound", "owned", "made", "led",
      "backed", "native", "raised", "grown", "centered", "headquartered", "style", "registered", "flagged",
      "controlled", "held", "occupied", "administered", "wide", "funded", "sponsored", "allied");

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
        if (!isCap(k)) {
          i++;
          continue;
        }
        int end = i;
        while (end + 1 < t.size() && (isCap(t.get(end + 1))
            || end + 2 < t.size() && CONNECTORS.contains(t.get(end + 1).lower()) && isCap(t.get(end + 2)))) {
          end++;
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

  /** A candidate for tokens a..b of the sentence, or null. */
  private Mention match(String text, Sentence s, int a, int b) {
    List<Token> t = s.tokens();
    if (CONNECTORS.contains(t.get(a).lower()) || CONNECTORS.contains(t.get(b).lower())) {
      return null;
    }
    for (int x = a; x <= b; x++) {
      if (NON_NAME_NER.contains(t.get(x).ner()) && !t.get(x).ner().equals("O")) {
        return null;
      }
    }
    Span span = s.span(a, b);
    String name = span.of(text);
    if (name.indexOf('\n') >= 0) {
      return null;
    }
    String last = t.get(b).word();
    // US state abbreviations: "Ga.", "W.Va.", "W. Va."
    if (b - a <= 1) {
      String code = Words.stateAbbreviation(name);
      if (code != null) {
        Optional<GeoName> state = gazetteer.admin1("US", Words.US_STATES.get(code));
        if (state.isPresent()) {
          return new Mention(s.index(), a, b, span, name, Mention.Kind.STATE_ABBREVIATION, List.of(state.get()),
              null);
        }
      }
    }
    Words.Region region = Words.REGIONS.get(fold(name));
    if (region != null) {
      return new Mention(s.index(), a, b, span, name, Mention.Kind.REGION, List.of(), region);
    }
    if (b == a) {
      Mention d = demonym(s, a, span, name);
      if (d != null) {
        return d;
      }
    }
    if (b > a && (STRICT_SUFFIXES.contains(last) || DIVISION_SUFFIXES.contains(last))) {
      List<GeoName> exact = exact(gazetteer.lookup(name), name);
      if (!exact.isEmpty()) {
        return new Mention(s.index(), a, b, span, name, Mention.Kind.PLACE, exact, null);
      }
      if (DIVISION_SUFFIXES.contains(last) && isCap(t.get(b - 1)) && !Words.ORG_HEADS.contains(t.get(b - 1).word())) {
        String base = s.text(text, a, b - 1);
        return new Mention(s.index(), a, b, span, name, Mention.Kind.DIVISION, gazetteer.lookup(base), null);
      }
      return null;
    }
    if (b > a && Words.FEATURE_SUFFIXES.contains(last)) {
      List<GeoName> exact = exact(gazetteer.lookup(name), name);
      if (!exact.isEmpty()) {
        return new Mention(s.index(), a, b, span, name, Mention.Kind.PLACE, exact, null);
      }
      for (int x = a; x < b; x++) {
        if (Words.ORG_HEADS.contains(t.get(x).word()) || t.get(x).ner().equals("PERSON") && x == b - 1
            && !t.get(x).ner().equals("LOCATION")) {
          return null;
        }
      }
      return new Mention(s.index(), a, b, span, name, Mention.Kind.FEATURE, List.of(), null);
    }
    List<GeoName> found = gazetteer.lookup(name);
    if (found.isEmpty()) {
      return null;
    }
    return new Mention(s.index(), a, b, span, name, Mention.Kind.PLACE, found, null);
  }

  private Mention demonym(Sentence s, int a, Span span, String name) {
    Token k = s.tokens().get(a);
    if (name.length() < 4 || gazetteer.country(name).isPresent() || Character.isUpperCase(name.charAt(1))
        && name.length() > 4) {
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
    return new Mention(s.index(), a, a, span, name, Mention.Kind.DEMONYM, places, null);
  }

  /**
   * A name at the start of a hyphenated token: "Atlanta-based", "U.S.-led", "Russian-backed", and the state in a
   * party label "D-Ga.". Adds the mention and returns true if there is one.
   */
  private boolean hyphenated(String text, Sentence s, int i, List<Mention> out) {
    Token k = s.tokens().get(i);
    String w = text.substring(k.begin(), k.end());
    int dash = w.indexOf('-');
    if (dash <= 0 || dash == w.length() - 1) {
      return false;
    }
    String head = w.substring(0, dash);
    String rest = w.substring(dash + 1);
    Span span;
    String name;
    if (head.length() == 1 && "DRI".contains(head) && Character.isUpperCase(rest.charAt(0))) {
      span = new Span(k.begin() + dash + 1, k.end());
      name = rest;
      int end = i;
      // "D-W." + "Va."
      if (rest.endsWith(".") && i + 1 < s.tokens().size() && s.tokens().get(i + 1).word().endsWith(".")
          && Words.stateAbbreviation(rest + s.tokens().get(i + 1).word()) != null) {
        end = i + 1;
        span = new Span(span.start(), s.tokens().get(end).end());
        name = span.of(text);
      }
      String code = Words.stateAbbreviation(name);
      Optional<GeoName> state = code != null ? gazetteer.admin1("US", Words.US_STATES.get(code))
          : gazetteer.admin1("US", name);
      if (state.isEmpty()) {
        return false;
      }
      Mention m = new Mention(s.index(), i, end, span, name, Mention.Kind.STATE_ABBREVIATION, List.of(state.get()),
          null);
      m.evidence = 3;
      out.add(m);
      return true;
    }
    String tail = rest.toLowerCase(Locale.ROOT);
    if (!Character.isUpperCase(head.charAt(0)) || !HYPHEN_HEADS.contains(tail)) {
      return false;
    }
    span = new Span(k.begin(), k.begin() + dash);
    name = head;
    Mention m = demonym(s, i, span, name);
    if (m == null) {
      List<GeoName> found = gazetteer.lookup(name);
      if (found.isEmpty()) {
        return false;
      }
      m = new Mention(s.index(), i, i, span, name, Mention.Kind.PLACE, found, null);
    }
    out.add(m);
    return true;
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

  static boolean isCap(Token k) {
    String w = k.word();
    if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.equals("I")) {
      return false;
    }
    return !NON_NAME_NER.contains(k.ner());
  }

  /** Lower-case letters and digits only, accents kept: enough to compare names with each other. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    String f = b.toString();
    return f.startsWith("the") && f.length() > 6 && s.regionMatches(true, 0, "the ", 0, 4) ? f.substring(3) : f;
  }
}
