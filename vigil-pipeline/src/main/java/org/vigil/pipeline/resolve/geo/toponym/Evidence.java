package org.vigil.pipeline.resolve.geo.toponym;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.geo.GeoName;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Scores how strongly the text says a candidate is a place. Positive evidence: CoreNLP's LOCATION tag, a locative
 * preposition or direction word before it ("in", "near", "northern"), a place noun after it ("Bulacan province"), a
 * state or country after a comma ("Paris, Texas"), a dateline, being a country or state, a large population.
 * Negative evidence: a PERSON or ORGANIZATION tag, a title before it ("Gov."), a word after it that makes the run an
 * organisation ("Gainesville Police"), a word that is also a frequent English word, a token that the article uses
 * in a person's name elsewhere ("Henry" after "Chiquita Henry"). Stateless.
 */
final class Evidence {
  static final double THRESHOLD = 1.0;
  private static final Set<String> DASHES = Set.of("--", "—", "–", "-", ":", "_");

  private final ToponymOptions options;

  Evidence(ToponymOptions options) {
    this.options = options;
  }

  /** Sets {@code evidence}, {@code locative}, {@code dateline} and {@code qualifier} of every mention. */
  void score(Annotated doc, List<Mention> mentions) {
    Set<String> personWords = personWords(doc);
    for (int n = 0; n < mentions.size(); n++) {
      Mention m = mentions.get(n);
      Mention next = n + 1 < mentions.size() ? mentions.get(n + 1) : null;
      Sentence s = doc.sentences().get(m.sentence);
      if (next != null && next.sentence == m.sentence && next.first == m.last + 2
          && s.tokens().get(m.last + 1).word().equals(",") && isContainer(next)) {
        m.qualifier = next;
      }
      m.dateline = dateline(s, m, next);
      m.locative = locative(s, m);
      if (m.kind == Mention.Kind.STATE_ABBREVIATION && m.evidence > 0) {
        continue; // a party label "D-Ga.", scored by the finder
      }
      m.evidence = score(doc, s, m, personWords);
    }
    for (Mention m : mentions) {
      if (m.qualifier != null) {
        m.evidence += 2;
        m.qualifier.evidence += 1;
      }
    }
  }

  private double score(Annotated doc, Sentence s, Mention m, Set<String> personWords) {
    List<Token> t = s.tokens();
    int len = m.last - m.first + 1;
    int loc = 0;
    boolean person = false;
    boolean org = false;
    boolean misc = false;
    for (int i = m.first; i <= m.last; i++) {
      String ner = t.get(i).ner();
      loc += ner.equals("LOCATION") ? 1 : 0;
      person |= ner.equals("PERSON");
      org |= ner.equals("ORGANIZATION");
      misc |= ner.equals("MISC");
    }
    double e = 0;
    double locShare = loc / (double) len;
    e += 2.0 * locShare;
    Token before = m.first > 0 ? t.get(m.first - 1) : null;
    Token after = m.last + 1 < t.size() ? t.get(m.last + 1) : null;
    String beforeWord = before == null ? "" : before.lower();
    if (m.locative) {
      e += 1.5;
    }
    if (m.dateline) {
      e += 3;
    }
    if (after != null && Words.PLACE_NOUNS.contains(after.lower()) && !after.isCapitalised()) {
      e += 1.5;
    }
    boolean orgFollows = after != null && after.isCapitalised() && Words.ORG_HEADS.contains(after.word());
    boolean titleBefore = Words.PERSON_TITLES.contains(beforeWord);
    switch (m.kind) {
      case DEMONYM -> {
        if (!options.demonyms()) {
          return -10;
        }
        e = 1.5 + (person ? -2 : 0);
        if (before != null && (before.lower().equals("native") || !before.isCapitalised() == false
            && MentionFinder.isCap(before) && !before.ner().equals("O"))) {
          e -= 1.5; // "Native American", part of a longer name
        }
        return e;
      }
      case STATE_ABBREVIATION -> {
        return 3;
      }
      case REGION -> {
        return 2 + (org ? -1.5 : 0) + (orgFollows ? -1.5 : 0);
      }
      case DIVISION -> {
        return 2.5 + (person && locShare == 0 ? -1 : 0);
      }
      case FEATURE -> {
        return 1.5 + (person ? -1 : 0) + (org ? -0.5 : 0);
      }
      default -> {
        // PLACE, below
      }
    }
    long maxPop = 0;
    boolean country = false;
    boolean admin1 = false;
    String key = MentionFinder.fold(m.name);
    for (GeoName g : m.candidates) {
      maxPop = Math.max(maxPop, g.population());
      boolean own = MentionFinder.fold(g.name()).equals(key) || g.kind() == GeoName.Kind.COUNTRY;
      country |= g.kind() == GeoName.Kind.COUNTRY;
      admin1 |= g.kind() == GeoName.Kind.ADMIN1 && own;
    }
    if (country) {
      e += 1.5;
    } else if (admin1) {
      e += 1.0;
    }
    e += Math.max(-1, Math.min(1.5, (Math.log10(maxPop + 1) - 4) / 2));
    if (person && loc == 0) {
      e -= 2.5;
    }
    if (org && loc == 0) {
      e -= options.namesInOrganisations() ? 0.5 : 1.5;
    }
    if (misc && loc == 0) {
      e -= 0.5;
    }
    if (orgFollows) {
      e -= options.namesInOrganisations() ? 0.3 : 2;
    }
    if (titleBefore) {
      e -= 3;
    }
    if (len == 1 && Words.COMMON.contains(m.name.toLowerCase(Locale.ROOT))) {
      e -= 2.5;
    }
    if (len == 1 && personWords.contains(m.name) && loc == 0) {
      e -= 2.5;
    }
    if (m.first == 0 && loc == 0 && !m.dateline) {
      e -= 0.5;
    }
    if (after != null && !after.isCapitalised() && Words.PERSON_VERBS.contains(after.lower()) && loc == 0) {
      e -= 1.5;
    }
    if (m.first > 0 && MentionFinder.isCap(t.get(m.first - 1)) && !t.get(m.first - 1).ner().equals("LOCATION")
        && !m.dateline) {
      e -= 0.5; // the end of a longer capitalised name
    }
    return e;
  }

  private static boolean isContainer(Mention m) {
    if (m.kind == Mention.Kind.STATE_ABBREVIATION) {
      return true;
    }
    if (m.kind != Mention.Kind.PLACE) {
      return false;
    }
    for (GeoName g : m.candidates) {
      if (g.kind() != GeoName.Kind.POPULATED_PLACE) {
        return true;
      }
    }
    return false;
  }

  private static boolean locative(Sentence s, Mention m) {
    int p = m.first - 1;
    List<Token> t = s.tokens();
    while (p >= 0 && (t.get(p).pos().equals("DT") || t.get(p).lower().equals("the"))) {
      p--;
    }
    if (p < 0) {
      return false;
    }
    String w = t.get(p).lower();
    return Words.LOCATIVE.contains(w) || Words.DIRECTIONS.contains(w);
  }

  /**
   * A dateline: the mention starts a sentence (or follows the headline's full stop) and, perhaps after a state or
   * country ("CHARLESTON, W.Va."), a dash, a colon or an agency in parentheses follows: "KABUL (Reuters) -".
   */
  private static boolean dateline(Sentence s, Mention m, Mention next) {
    List<Token> t = s.tokens();
    if (m.first != 0) {
      return false;
    }
    int p = m.last + 1;
    if (next != null && next.sentence == m.sentence && p < t.size() && t.get(p).word().equals(",")
        && next.first == p + 1) {
      p = next.last + 1;
    }
    if (p >= t.size()) {
      return false;
    }
    String w = t.get(p).word();
    if (DASHES.contains(w)) {
      return true;
    }
    if (w.equals(",") && p + 1 < t.size() && t.get(p + 1).ner().equals("DATE")) {
      return true; // "SAN SALVADOR, 3 JAN 90 --"
    }
    return w.equals("(") && p + 2 < t.size() && t.get(p + 1).isCapitalised() && t.get(p + 2).word().equals(")");
  }

  /** Capitalised words used in multi-word PERSON names anywhere in the article. */
  private static Set<String> personWords(Annotated doc) {
    Set<String> out = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (!t.get(i).ner().equals("PERSON")) {
          continue;
        }
        int j = i;
        while (j + 1 < t.size() && t.get(j + 1).ner().equals("PERSON")) {
          j++;
        }
        if (j > i) {
          for (int x = i; x <= j; x++) {
            if (t.get(x).isCapitalised()) {
              out.add(t.get(x).word());
            }
          }
        }
        i = j;
      }
    }
    return out;
  }
}
