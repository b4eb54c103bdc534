package org.vigil.pipeline.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * One dead, where an incident's headline tells a death in a word and no sentence gives a count or a person dead:
 * "Police searching for man wanted in death of young juvenile", "Suspects in killing of Arkansas boy due in court",
 * "Family: Co-workers ‘playing’ when homicide victim shot", "Third person pleads in deadly Hamilton bar shooting" (GVA
 * dev, session 14 kill14: headlines of a death whose body, a follow-up or an early report, names no one dead, read as
 * none). A death the headline tells in the singular is one person's most often; a plural ("four Platte County
 * killings", "Homicides in San Antonio") tells several, a count not stated, and is left alone.
 *
 * <p>The last resort of {@link IncidentFigures}: asked only when no figure of the dead was read, not when a killer is
 * counted dead (the headline's death may be his: "Police kill man who …") and not when the headline sums several
 * incidents (a round-up sentence is not among the incident's). Read token by token from the headline, which the
 * parser reads poorly. A death only tried, denied or possible ("attempted murder", "not fatal") is none, nor one only
 * intended ("plans to kill": a base form, no word of a death here), and "homicide" naming the police who investigate
 * ("Homicide Detectives Investigating 2 Shootings") is no death. Stateless.
 */
final class HeadlineDeathWord {
  private HeadlineDeathWord() {}

  /** Words of a death that happened, in the singular or as a verb's finite form or participle. */
  private static final Set<String> DEATH = Set.of("dead", "dies", "died", "killed", "kills", "killing", "fatal",
      "fatally", "deadly", "lethal", "mortally", "death", "murder", "murdered", "homicide", "slain", "slaying");

  /** Nouns that "homicide" names as the police who investigate: "homicide detectives", "the homicide unit". */
  private static final Set<String> INVESTIGATORS = Set.of("detective", "detectives", "unit", "division", "squad",
      "investigator", "investigators", "bureau", "section", "team");

  /** How many tokens before the death word are read for a word that makes it no fact ({@link UnrealHarm}). */
  private static final int UNREAL_REACH = 2;

  /**
   * Adds one dead told by the headline's word of a death to {@code figures} when they hold no figure of the dead and
   * no killer dead.
   *
   * @param figures the incident's figures by kind, as read so far; changed in place
   * @param text the article's text
   * @param counted the incident's sentences that are not round-ups, in text order
   * @param found the figures found in each sentence, by sentence index: a count of the dead the headline gives and
   *     the incident left out ("2 dead, 7 hurt after shootings …", a round-up's sum) is no death of its own
   */
  static void addTo(Map<FigureKind, Figure> figures, String text, List<Sentence> counted,
      List<List<FigureRules.Found>> found) {
    if (figures.containsKey(FigureKind.KILLED) || figures.containsKey(FigureKind.PERPETRATORS_KILLED)) {
      return;
    }
    // The headline is sentence 0, first in text order when it is counted at all.
    if (counted.isEmpty() || counted.get(0).index() != 0
        || found.get(0).stream().anyMatch(f -> f.figure().kind() == FigureKind.KILLED)) {
      return;
    }
    Sentence headline = counted.get(0);
    List<Token> t = headline.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).lower();
      if (DEATH.contains(w) && !UnrealHarm.before(t, i, UNREAL_REACH)
          && !(w.equals("homicide") && investigators(t, i))) {
        figures.put(FigureKind.KILLED, new Figure(FigureKind.KILLED, 1, 1, 1, Qualifier.EXACT, "1",
            FigureRules.SINGULAR, Phrases.evidence(text, headline, i, i)));
        return;
      }
    }
  }

  /** Whether "homicide" at {@code i} names the police who investigate: "Homicide Detectives", "homicide unit". */
  private static boolean investigators(List<Token> t, int i) {
    return i + 1 < t.size() && INVESTIGATORS.contains(t.get(i + 1).lower());
  }
}
