package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.Locale;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Dateline;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The town a dateline names in capitals before its state where the reader found only the state: "SAINT JOSEPH, Mich.
 * (NEWSCHANNEL 3) - Shots ring out" below a video warning (the taggers saw no place in "SAINT JOSEPH"). Read by its
 * letters, it is the most populous town of that name in that state. A dateline with no state is left alone: the most
 * populous namesake in the country, or the one near another town the page names, lost as many towns as it gained
 * ("BRONSON -" on a Florida station's page is not Michigan's Bronson; session 18, geo18b). Thread-safe; the gazetteer
 * is shared.
 */
final class DatelineName {
  /** How many words a town's name in a dateline may have: "SAINT JOSEPH", "EGG HARBOR CITY". */
  private static final int WORDS = 3;

  private final Gazetteer gazetteer;

  DatelineName(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The dateline's town, in place of what the reader found in it ({@code filed}) when that is only a state (ADM1);
   * else {@code filed}.
   *
   * @param filed the place read from the dateline's names, or null
   */
  IncidentPlace over(IncidentPlace filed, Annotated doc, Dateline.Found dateline) {
    if (dateline == null || filed == null || !"ADM1".equals(filed.featureCode()) || filed.admin1() == null) {
      return filed;
    }
    Sentence s = doc.sentences().get(dateline.sentence());
    List<Token> t = s.tokens();
    int last = -1;
    while (last + 1 < dateline.end() && last + 1 < WORDS && capitals(t.get(last + 1).word())) {
      last++;
    }
    if (last < 0 || last + 1 >= t.size() || !t.get(last + 1).word().equals(",")) {
      return filed;
    }
    StringBuilder name = new StringBuilder();
    for (int i = 0; i <= last; i++) {
      name.append(i > 0 ? " " : "").append(titleCase(t.get(i).word()));
    }
    GeoName best = null;
    for (GeoName g : gazetteer.lookup(name.toString())) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && g.countryCode().equals(filed.countryCode())
          && g.admin1Name().equals(filed.admin1()) && (best == null || g.population() > best.population())) {
        best = g;
      }
    }
    if (best == null) {
      return filed;
    }
    Candidate c = new Candidate(0, last, name.toString(), "", s.span(0, last));
    return SentencePlace.build(name.toString(), null, null, best, 1, SentencePlace.ev(doc.text(), s, c));
  }

  /** A word all in capitals, of two letters or more: "SAINT", "ST.". */
  private static boolean capitals(String word) {
    return word.chars().filter(Character::isLetter).count() >= 2
        && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'' || c == '-');
  }

  private static String titleCase(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
