package org.vigil.pipeline.resolve.geo.toponym;

import java.util.List;
import java.util.Set;
import org.vigil.pipeline.annotate.Token;

/**
 * Signs that a name shaped like a town's is a person's: news names a person in full once ("Martice Washington,
 * 42, was the bouncer who was shot") and by the surname after ("Washington, 33, also didn't know", "Washington
 * recalled"), and a surname of a town's spelling had placed a Philadelphia shooting in Washington, Pennsylvania.
 * Stateless.
 */
final class PersonName {
  private PersonName() {}

  /**
   * Whether tokens {@code i}, {@code i + 1} are a person's age set off by commas after a name: ", 33," in
   * "Washington, 33, also didn't know" — not a wire dateline's date ("SAN SALVADOR, 3 JAN 90 --"), whose number a
   * month follows.
   *
   * @param i the index of the number
   */
  static boolean age(List<Token> t, int i) {
    return i + 1 < t.size() && t.get(i).word().matches("\\d{1,3}") && t.get(i + 1).word().equals(",");
  }

  /**
   * Whether a one-word mention is the surname (or given name) of a person the article names in full, told bare
   * where nothing says it is a place: no locative word before it ({@link Mention#locative}), no state after it
   * ({@link Mention#qualifier}), not a dateline, and no place or local noun after it ("Washington police", "a Gary
   * man" stay places).
   *
   * @param personWords the capitalised words of the article's multi-word PERSON names
   * @param after the token after the mention, or null
   */
  static boolean bare(Mention m, Set<String> personWords, Token after) {
    return m.first == m.last && personWords.contains(m.name) && !m.locative && !m.dateline && m.qualifier == null
        && (after == null || !Words.PLACE_NOUNS.contains(after.lower()) && !Words.LOCAL_NOUNS.contains(after.lower()));
  }
}
