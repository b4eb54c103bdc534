package org.vigil.pipeline.resolve.geo.toponym;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.geo.GeoName;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Scores how strongly the text says a candidate is a place. Positive evidence: CoreNLP's LOCATION tag, a locative
 * preposition or direction word before it ("in", "near", "northern"), a place noun after it ("Bulacan province"), a
 * state or country after a comma ("Paris, Texas"), a dateline, a party label, being a country or state, a large
 * population. Negative evidence: a PERSON or ORGANIZATION tag, a title before it ("Gov."), a word after it that makes
 * the run an organisation ("Columbia University"), a disease named after a place ("Reston ebolavirus"), a word that
 * is also a frequent English word, a token that the article uses in a person's name elsewhere ("Henry" after
 * "Chiquita Henry"), being part of a longer capitalised name. Finally one sense per article: a name that is clearly
 * a place somewhere in the article is one wherever it is not clearly something else. Stateless.
 */
final class Evidence {
  static final double THRESHOLD = 1.0;
  private static final double IN_NAMED_COUNTRY = 0.8;
  private static final Set<String> DASHES = Set.of("--", "—", "–", "-", ":", "_", "|");
  private static final Set<String> LANGUAGE_CUES = Set.of("language", "languages", "speaker", "speakers",
      "speaking", "translation", "subtitles", "dialect", "cuisine", "food", "fries", "toast", "dressing", "bread",
      "wine", "heritage", "descent", "ancestry", "-speaking", "class", "classes", "lessons", "accent", "literature",
      "version", "edition");
  private static final Set<String> SPEAK = Set.of("speak", "speaks", "spoke", "spoken", "speaking", "learn",
      "learning", "teach", "teaching", "taught", "fluent", "in");
  private static final Set<String> NOT_DEMONYMS = Set.of("English", "Latin", "Hispanic", "Arab", "Arabs",
      "Arabic", "Indian", "Indians", "Native");

  private final ToponymOptions options;

  Evidence(ToponymOptions options) {
    this.options = options;
  }

  /** Sets {@code evidence}, {@code locative}, {@code dateline} and {@code qualifier} of every mention. */
  void score(Annotated doc, List<Mention> mentions) {
    Set<String> personWords = personWords(doc);
    Set<String> named = new HashSet<>();
    for (Mention m : mentions) {
      for (GeoName g : m.candidates) {
        if (g.kind() == GeoName.Kind.COUNTRY && (m.kind == Mention.Kind.DEMONYM
            || MentionFinder.fold(g.name()).equals(MentionFinder.fold(m.name)))) {
          named.add(g.countryCode());
        }
      }
    }
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
      m.evidence = score(doc.text(), s, m, personWords, named);
      if (outsideOwner(s, n > 0 ? mentions.get(n - 1) : null, m)) {
        m.evidence -= 3;
        m.vetoed = true;
      }
    }
    for (Mention m : mentions) {
      if (m.qualifier != null && m.kind != Mention.Kind.DEMONYM) {
        m.evidence += 2;
        m.qualifier.evidence += 1;
      }
    }
    oneSensePerArticle(doc, mentions);
  }

  private void oneSensePerArticle(Annotated doc, List<Mention> mentions) {
    Map<String, Double> strongest = new HashMap<>();
    for (Mention m : mentions) {
      if (m.kind == Mention.Kind.PLACE) {
        strongest.merge(MentionFinder.fold(m.name), m.evidence, Math::max);
      }
    }
    for (Mention m : mentions) {
      if (m.kind != Mention.Kind.PLACE || m.vetoed || m.evidence >= THRESHOLD || m.evidence < THRESHOLD - 3) {
        continue;
      }
      if (strongest.get(MentionFinder.fold(m.name)) >= THRESHOLD + 0.5 && !person(doc, m)) {
        m.evidence = THRESHOLD;
      }
    }
  }

  /**
   * Whether {@code m} follows a country's possessive ("Tunisia's Bardo national museum") and none of its candidates
   * lies in that country: the name is then something of that country the gazetteer does not know, not a namesake
   * town abroad.
   */
  private static boolean outsideOwner(Sentence s, Mention owner, Mention m) {
    if (owner == null || owner.sentence != m.sentence || owner.last != m.first - 2 || m.kind != Mention.Kind.PLACE) {
      return false;
    }
    String between = s.tokens().get(m.first - 1).word();
    if (!between.equals("'s") && !between.equals("\u2019s")) {
      return false;
    }
    Set<String> owners = new HashSet<>();
    for (GeoName g : owner.candidates) {
      if (g.kind() == GeoName.Kind.COUNTRY) {
        owners.add(g.countryCode());
      }
    }
    return !owners.isEmpty() && m.candidates.stream().noneMatch(g -> owners.contains(g.countryCode()));
  }

  private static boolean person(Annotated doc, Mention m) {
    List<Token> t = doc.sentences().get(m.sentence).tokens();
    for (int i = m.first; i <= m.last; i++) {
      if (t.get(i).ner().equals("PERSON")) {
        return true;
      }
    }
    return m.first > 0 && Words.PERSON_TITLES.contains(t.get(m.first - 1).lower());
  }

  private double score(String text, Sentence s, Mention m, Set<String> personWords, Set<String> named) {
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
    double locShare = loc / (double) len;
    Token before = m.first > 0 ? t.get(m.first - 1) : null;
    Token after = m.last + 1 < t.size() ? t.get(m.last + 1) : null;
    String beforeWord = before == null ? "" : before.lower();
    // the capitalised name this mention is a part of, and the organisation word that ends it, if any
    String head = null;
    int runEnd = m.last;
    while (runEnd + 1 < t.size() && runEnd - m.last < 4 && MentionFinder.isCap(t.get(runEnd + 1))) {
      runEnd++;
      if (Words.ORG_HEADS.contains(t.get(runEnd).word()) || Words.SERVICE_HEADS.contains(t.get(runEnd).word())) {
        head = t.get(runEnd).word();
        break;
      }
    }
    if (head == null && m.first >= 2 && t.get(m.first - 1).lower().equals("of")
        && (Words.ORG_HEADS.contains(t.get(m.first - 2).word())
        || Words.SERVICE_HEADS.contains(t.get(m.first - 2).word()))) {
      head = t.get(m.first - 2).word(); // "Bank of America", "Consumer Act of the Philippines"
    }
    boolean longerAfter = head == null && after != null && MentionFinder.isCap(after) && !m.hyphenated
        && !Words.PERSON_TITLES.contains(after.lower());
    boolean longerBefore = before != null && MentionFinder.isCap(before) && before.isProperNoun() && !m.dateline
        && !m.partyLabel && !before.ner().equals("LOCATION") && !m.hyphenated;
    if (m.partyLabel) {
      return 3;
    }
    switch (m.kind) {
      case DEMONYM -> {
        if (NOT_DEMONYMS.contains(m.name)) {
          return -10;
        }
        double e = 1.5 + (person ? -2 : 0);
        if (longerBefore || longerAfter && !Words.PLACE_NOUNS.contains(after.lower())) {
          e -= 2; // "Native American", "American Recovery and Reinvestment Act"
        }
        if (after != null && LANGUAGE_CUES.contains(after.lower()) || SPEAK.contains(beforeWord)) {
          e -= 2; // the language or the cuisine, not the country
        }
        return options.demonyms() ? e : Math.min(e, THRESHOLD - 0.01) - 5;
      }
      case STATE_ABBREVIATION -> {
        return 3;
      }
      case REGION -> {
        return 2 + (org ? -1.5 : 0) + (head != null ? -1.5 : 0) + (longerBefore ? -1.5 : 0);
      }
      case DIVISION -> {
        return 2.5 + (person && locShare == 0 ? -1 : 0) + (longerAfter || head != null && !options
            .namesInOrganisations() ? -1.5 : 0);
      }
      case FEATURE -> {
        return 1.5 + (person ? -1 : 0) + (org ? -0.5 : 0) + (longerBefore ? -1 : 0);
      }
      default -> {
        // PLACE, below
      }
    }
    double e = 2.0 * locShare;
    if (m.locative) {
      e += 1.5;
    }
    if (m.dateline) {
      e += 3;
    }
    if (after != null && Words.PLACE_NOUNS.contains(after.lower()) && !after.isCapitalised()) {
      e += 1.5;
    } else if (after != null && Words.LOCAL_NOUNS.contains(after.lower()) && !after.isCapitalised()) {
      e += 1; // "a Columbia woman", "DeKalb police"
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
    for (GeoName g : m.candidates) {
      if (g.kind() != GeoName.Kind.COUNTRY && named.contains(g.countryCode())
          && MentionFinder.fold(g.name()).equals(key)) {
        e += IN_NAMED_COUNTRY; // "Gao" in an article about Malian soldiers
        break;
      }
    }
    e += Math.max(-1, Math.min(1.5, (Math.log10(maxPop + 1) - 4) / 2));
    if (person && loc == 0) {
      e -= 2.5;
    }
    boolean serviceHead = head != null && Words.SERVICE_HEADS.contains(head);
    if (org && loc == 0 && !(serviceHead && options.namesInOrganisations()) && !ownHead(m, t)) {
      e -= options.namesInOrganisations() ? 0.5 : 1.5;
      if (longerBefore) {
        e -= 1.5; // "United Russia": the end of an organisation's name
      }
    }
    if (misc && loc == 0) {
      e -= 0.5;
    }
    if (serviceHead && options.namesInOrganisations()) {
      e += 1; // "Gainesville Police Department": a public body is named after the place it serves
    } else if (head != null) {
      e -= country ? 1 : 2;
    } else if (longerAfter && loc == 0) {
      e -= 1.5; // "Abu Shok", "Fort Detrick": the start of a name the gazetteer does not know
    }
    if (longerBefore && loc == 0) {
      e -= 1.5; // "Queen Anne", the end of a longer name
    }
    if (Words.PERSON_TITLES.contains(beforeWord)) {
      e -= 3;
      m.vetoed = true;
    }
    if (len == 1 && Words.COMMON.contains(m.name.toLowerCase(Locale.ROOT))) {
      e -= 2.5;
    }
    if (len == 1 && personWords.contains(m.name) && loc == 0) {
      e -= 2.5;
    }
    if (PersonName.bare(m, personWords, after)) {
      e -= 3 + 2.0 * locShare; // NER's LOCATION on a bare surname ("Washington recalled") counts for nothing
      m.vetoed = true;
    }
    if (m.first == 0 && loc == 0 && !m.dateline) {
      e -= 0.5;
    }
    if (after != null && !after.isCapitalised() && Words.PERSON_VERBS.contains(after.lower()) && loc == 0) {
      e -= 1.5;
    }
    if (after != null && Words.DISEASE_WORDS.contains(after.lower())) {
      e -= 3;
      m.vetoed = true;
    }
    if (after != null && !country && Toponym.naturalFeatureAfter(after.word())) {
      e -= 3;
      m.vetoed = true;
    }
    if (touchesSlash(text, m)) {
      e -= 3; // "A/California/7/2009", a strain name
      m.vetoed = true;
    }
    // a dateline sets its town in capitals, whatever its length: "GARY |" and "WACO —" are towns, not acronyms
    if (!country && !m.dateline && len == 1 && m.name.length() <= 4 && m.name.equals(m.name.toUpperCase(Locale.ROOT))
        && loc == 0) {
      e -= 3; // an acronym
    }
    if (beforeWord.equals("the") && !country && !admin1 && loc == 0 && head == null) {
      e -= 1; // "the White House"
    }
    if (loc == 0 && !m.locative && m.qualifier == null && !country && !admin1 && !m.dateline
        && maxPop < options.minPopulation()) {
      e -= 1;
    }
    return e;
  }

  private static boolean touchesSlash(String text, Mention m) {
    int a = m.span.start();
    int b = m.span.end();
    return a > 0 && text.charAt(a - 1) == '/' || b < text.length() && text.charAt(b) == '/';
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
   * A dateline: the mention starts a sentence and, perhaps after a state or country ("CHARLESTON, W.Va."), a dash, a
   * colon, a date or an agency in parentheses follows: "KABUL (Reuters) -", "SAN SALVADOR, 3 JAN 90 --".
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
    if (w.equals(",") && p + 1 < t.size() && (t.get(p + 1).ner().equals("DATE")
        || t.get(p + 1).pos().equals("CD")) && !PersonName.age(t, p + 1)) {
      return true;
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

  /**
   * Whether NER's organisation is the town's own last word: a town of two or more words whose name ends in an
   * organisation's word ("Newport News", "College Station") and that the gazetteer holds by its whole name. Such a
   * name, with no capitalised word after it, is the town, not a paper or a station named after it.
   */
  private static boolean ownHead(Mention m, List<Token> t) {
    if (m.kind != Mention.Kind.PLACE || m.last == m.first || !Words.ORG_HEADS.contains(t.get(m.last).word())
        || m.last + 1 < t.size() && MentionFinder.isCap(t.get(m.last + 1))) {
      return false;
    }
    String key = MentionFinder.fold(m.name);
    for (GeoName g : m.candidates) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && MentionFinder.fold(g.name()).equals(key)) {
        return true;
      }
    }
    return false;
  }
}
