package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Evidence;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;

/**
 * One told wounded and then dead of it: in the same sentence ("A 4-year girl has died after she was wounded in … an
 * apparent murder-suicide", GVA dev: two dead, none hurt; we read one hurt; "A … toddler who was critically injured
 * after accidentally shooting himself in the face has died": one dead, none hurt), the wounded told by a pronoun or a
 * relative clause, so the one who died is that one, not another ("Two men died and a boy was wounded" stays); or in
 * the very next sentence, which goes on about that one ({@link #diedNext}). Session 15, hurt15b; the next sentence
 * Session 19, hurt19b. Stateless.
 */
final class WoundedThenDied {
  private WoundedThenDied() {}

  /** The wounded told as someone named before: "she was wounded", "toddler who was critically injured". */
  private static final Pattern SAME_ONE = Pattern.compile("(?i)^(he|she)\\b|\\bwho\\b");

  /** A death told as what became of someone: "has died", "died", "succumbed". */
  private static final Pattern DIED = Pattern.compile("(?i)\\b(died|dies|succumbed)\\b");

  /**
   * A death told of someone in the sentence after the wounding: "where she died", "He was pronounced dead at the
   * hospital", "She later succumbed", "did not survive"; not a death only thought of ("could have died", "nearly
   * died").
   */
  private static final Pattern DIED_LATER = Pattern.compile("(?i)(?<!could have |would have |nearly |almost |not )"
      + "\\b(died|dies|succumbed|passed\\s+away|pronounced\\s+dead|did\\s+not\\s+survive)\\b");

  /** Verbs of a speaker after the opening pronoun or noun: "He said …" tells of someone else. */
  private static final Pattern SPEAKS = Pattern.compile("(?i)(said|says|told|tells|added|adds)\\b.*");

  /** Words before the person word that tell someone else: "The other victim", "The second man". */
  private static final Pattern ANOTHER = Pattern.compile("(?i)(other|second|third|fourth|another|first)");

  /** Words for a woman or a girl, and for a man or a boy: "she" is not the man told wounded. */
  private static final Pattern FEMALE = Pattern.compile("(?i)\\b(she|her|woman|girl|mother|daughter|wife|sister"
      + "|grandmother|granddaughter|aunt|niece|girlfriend|female|mom|lady)\\b");
  private static final Pattern MALE = Pattern.compile("(?i)\\b(he|his|him|man|boy|father|son|husband|brother"
      + "|grandfather|grandson|uncle|nephew|boyfriend|male|dad)\\b");
  private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|she)\\b");

  /** The end of a sentence told as text: ". " before the next one. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

  /** The rule of one dead told by the sentence after the one who was wounded. */
  static final String WOUNDED_THEN_DIED = "wounded-then-died";

  /**
   * Whether {@code wounded}, one counted one by one, is told dead in its own sentence or in the next
   * ({@link #diedNext}).
   *
   * @param text the article's text
   * @param wounded one of the hurt counted one by one
   */
  static boolean died(String text, Figure wounded) {
    return wounded.best() == 1 && (SAME_ONE.matcher(wounded.evidence().text()).find()
        && DIED.matcher(wounded.evidence().sentence().of(text)).find() || diedNext(text, wounded) != null);
  }

  /**
   * Where no one is counted dead, the one counted hurt one by one whom the next sentence tells dead is one dead,
   * not one hurt: "A 5-year-old girl was wounded … She was taken to a hospital, where she died." (the death told by
   * a pronoun that no rule of the dead counts alone).
   *
   * @param text the article's text
   * @param figures the incident's figures by kind, as read so far; changed in place
   */
  static void toTheDead(String text, Map<FigureKind, Figure> figures) {
    Figure hurt = figures.get(FigureKind.INJURED);
    if (figures.containsKey(FigureKind.KILLED) || figures.containsKey(FigureKind.PERPETRATORS_KILLED) || hurt == null
        || hurt.best() != 1 || !(hurt.rule().equals(FigureRules.SINGULAR)
        || hurt.rule().equals(FigureRules.SINGULAR_WOUNDED))) {
      return;
    }
    Evidence death = diedNext(text, hurt);
    if (death != null) {
      figures.remove(FigureKind.INJURED);
      figures.put(FigureKind.KILLED, new Figure(FigureKind.KILLED, 1, 1, 1, Qualifier.EXACT, "1", WOUNDED_THEN_DIED,
          death));
    }
  }

  /**
   * The death, told in the sentence right after the one of {@code wounded}, of that one: the next sentence opens with
   * "he" / "she" or "the" and a word for one person, and tells a death ("… and the girl was wounded. The child was
   * transported by LifeFlight medical helicopter to Memorial Hermann-Texas Medical Center, where she died.", GVA dev:
   * read as one hurt beside the dead). Not "the other victim", not a pronoun of the other sex than the wounded's
   * words ("a woman was wounded. He died at the scene."), not a speaker ("He said …").
   *
   * @return the death's evidence, or null when the next sentence tells none of that one
   */
  static Evidence diedNext(String text, Figure wounded) {
    if (wounded.best() != 1) {
      return null;
    }
    int start = wounded.evidence().sentence().end();
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    Matcher end = SENTENCE_END.matcher(text).region(start, Math.min(text.length(), start + 400));
    if (start >= text.length() || !end.find()) {
      return null;
    }
    String next = text.substring(start, end.end());
    Matcher death = DIED_LATER.matcher(next);
    int opening = opening(next.split("\\s+", 6));
    if (opening < 0 || !death.find()) {
      return null;
    }
    String told = wounded.evidence().text() + " " + String.join(" ", List.of(next.split("\\s+", 6)).subList(0,
        opening + 1));
    Matcher pronoun = PRONOUN.matcher(next.substring(0, death.start()));
    String she = pronoun.find() ? pronoun.group(1).toLowerCase(Locale.ROOT) : null;
    if (she != null && (she.equals("she") ? MALE : FEMALE).matcher(told.replaceAll("(?i)\\b" + she + "\\b", ""))
        .find()) {
      return null;
    }
    return new Evidence(new Span(start + death.start(), start + death.end()), death.group(), new Span(start,
        end.end()));
  }

  /**
   * How many words open a sentence that goes on about one person, less one: 0 for "He …" / "She …", 1 for "The
   * child …", 2 for "The young girl …", up to "The 5-year-old Smith boy"; -1 when the sentence opens otherwise, with
   * someone else ("The other victim …", "The victim's mother …") or with a speaker ("He said …").
   */
  private static int opening(String[] w) {
    if (w.length < 2) {
      return -1;
    }
    if (w[0].equals("He") || w[0].equals("She")) {
      return SPEAKS.matcher(w[1]).matches() ? -1 : 0;
    }
    if (!w[0].equals("The")) {
      return -1;
    }
    for (int k = 1; k < Math.min(4, w.length - 1); k++) {
      if (ANOTHER.matcher(w[k]).matches() || w[k].contains("'") || w[k].contains("\u2019")) {
        return -1;
      }
      if (one(w[k])) {
        return SPEAKS.matcher(w[k + 1]).matches() ? -1 : k;
      }
    }
    return -1;
  }

  /** Words {@link PersonWords} counts that name a group, not one person: "The police …", "The family …". */
  private static final Set<String> GROUPS = Set.of("people", "police", "policemen", "family", "personnel",
      "security", "staff", "troop", "other");

  /** Whether a word names one person: "child", "girl", "victim,", "5-year-old". */
  private static boolean one(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("\\W+$", ""); // "The victim, a 24-year-old, died"
    return PersonWords.counts(w) && !w.endsWith("s") && !GROUPS.contains(w)
        || PersonWords.AGE_NOUN.matcher(w).matches();
  }
}
