package org.vigil.pipeline.resolve.geo;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text names a hospital by a given name: "NAME Hospital" or "NAME Medical Center", the name being the
 * whole of the hospital's own name, not its last part. "Smith-Riverton Medical Center" and "Smith Riverton Medical
 * Center" are no "Riverton" hospital: such a double name joins a founder's or a second town's name to the town the
 * hospital serves, and "a shooting in Riverton" on the same page is the town's (GVA dev, articles 401–2,000: a
 * drive-by shooting in a town named so had been dropped as the hospital's name, and the page fell to the outlet's
 * city). Stateless.
 */
final class HospitalName {
  private HospitalName() {}

  /** A capitalised word right before the name, other than an article: "Smith Riverton", not "the Riverton". */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}'’.]*) +$");

  /** Whether the text names a hospital whose name is the given name and a hospital's word. */
  static boolean opens(String text, String name) {
    // the cheap test first: the pattern below is compiled per name, and most names are no hospital's
    if (!text.contains(name + " Hospital") && !text.contains(name + " Medical Center")) {
      return false;
    }
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}'’-])" + Pattern.quote(name) + " (?:Hospital|Medical Center)")
        .matcher(text);
    while (m.find()) {
      Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
      if (!before.find() || ARTICLES.contains(before.group(1))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ARTICLES = Set.of("The", "A", "An");
}
