package org.vigil.pipeline.resolve.geo;

import java.util.List;
import org.vigil.geo.Gazetteer;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Dateline;
import org.vigil.pipeline.annotate.Token;

/**
 * A US state a dateline names by its postal code, as broadcasters write it: "Hamilton County, TN (WDEF) –",
 * "MEMPHIS, TN —". The toponym tagger reads only the news style's abbreviations ("Tenn."), since two capitals
 * elsewhere are as often initials or acronyms; after a comma in a dateline they are the state. Stateless.
 */
final class DatelineState {
  private DatelineState() {}

  /**
   * Whether the article's dateline names the division by its postal code: a token of two capitals right after a
   * comma, before the dateline's dash or call sign, that is the division's code (a US state).
   *
   * @param division a division's name ("Tennessee")
   */
  static boolean names(String division, Annotated doc, Gazetteer gazetteer) {
    Dateline.Found d = division == null ? null : Dateline.find(doc);
    if (d == null) {
      return false;
    }
    List<Token> t = doc.sentences().get(d.sentence()).tokens();
    for (int i = 1; i < d.end() && i < t.size(); i++) {
      String w = t.get(i).word();
      if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))
          && t.get(i - 1).word().equals(",")) {
        return gazetteer.admin1("US", division).map(g -> g.admin1Code().equals(w)).orElse(false);
      }
    }
    return false;
  }
}
