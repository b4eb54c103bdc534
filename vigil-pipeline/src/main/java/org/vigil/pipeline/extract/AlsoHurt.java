package org.vigil.pipeline.extract;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;

/**
 * People told hurt one by one, sentence after sentence, each later one marked as someone else by "also" right at its
 * harm: "Law enforcement officials say [the husband] was shot one time. The Jacksons' 5-year-old granddaughter was also
 * shot in the ankle" (two; Session 15, hurt15a, from GVA dev, where it gave one), "a 5-year-old girl who was wounded
 * … [her cousin] also was shot and hospitalized. A 30-year-old woman was shot in her left leg, and a 19-year-old man
 * also was shot in his left leg" (four, where it gave one). The incident's count of the hurt keeps only the first
 * victim counted one by one; these add up the others. Stateless.
 */
final class AlsoHurt {
  private AlsoHurt() {}

  /** The rule of a count of the hurt added up from victims counted one by one. */
  static final String RULE = "also-hurt";

  /** "was also shot", "also was wounded", "were also struck": a harm told of someone besides those told before. */
  private static final Pattern ALSO = Pattern.compile("(?i)\\balso\\s+(?:was\\s+|were\\s+|been\\s+)?(?:shot|wounded"
      + "|injured|hurt|hit|struck|grazed)\\b|\\b(?:was|were|is|been)\\s+also\\s+(?:shot|wounded|injured|hurt|hit"
      + "|struck|grazed)\\b");

  /**
   * A victim told by a pronoun alone, who may be the one told before hurt again ("He was also shot in the arm",
   * "… also shot him in the leg"): not someone besides.
   */
  private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:he|she|they)\\b|\\b(?:him|her|them)$");

  /**
   * The count of the hurt raised by the victims counted one by one after it, each in a sentence of its own that tells
   * its harm with "also" and names it by more than a pronoun.
   *
   * @param text the article's text
   * @param oneByOne the incident's injured figures counted one by one ({@link FigureRules#SINGULAR},
   *     {@link FigureRules#SINGULAR_WOUNDED}), in text order
   * @param injured the incident's count of the hurt, or null
   * @return the raised count, or {@code injured} when it is not one of {@code oneByOne} (an explicit count stands)
   *     or nothing is added
   */
  static Figure raise(String text, List<Figure> oneByOne, Figure injured) {
    int first = injured == null ? -1 : oneByOne.indexOf(injured);
    if (first < 0) {
      return injured;
    }
    int hurt = injured.best();
    Figure last = injured;
    Set<Span> told = new HashSet<>();
    told.add(injured.evidence().sentence());
    Set<String> people = people(injured.evidence().text()); // the person words of those counted so far
    for (Figure f : oneByOne.subList(first + 1, oneByOne.size())) {
      Span sentence = f.evidence().sentence();
      if (told.contains(sentence) || !ALSO.matcher(sentence.of(text)).find()
          || PRONOUN.matcher(f.evidence().text().strip()).find()
          || !Collections.disjoint(people, people(sentence.of(text)))) {
        continue;
      }
      told.add(sentence);
      people.addAll(people(f.evidence().text()));
      hurt += f.best();
      last = f;
    }
    if (last == injured) {
      return injured;
    }
    return new Figure(FigureKind.INJURED, hurt, hurt, hurt, Qualifier.EXACT, injured.phrase() + " + also",
        RULE, last.evidence());
  }

  /**
   * The person words ("son", "man", "granddaughter") of a phrase. A sentence telling someone "also" hurt with a word of
   * one already counted is most often about that one again ("… in which she was killed and her son was wounded by
   * police fire" … "Her son … was also wounded in the police gunfire", GVA dev: one son; "… shot his wife and 6-month
   * old baby girl" … "a man shooting a woman and a baby also wounded": the same two).
   */
  static Set<String> people(String phrase) {
    return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d-]+"))
        .filter(PersonWords::counts).collect(Collectors.toCollection(HashSet::new));
  }
}
