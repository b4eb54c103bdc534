package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigil.geo.Gazetteer;
import org.vigil.model.Evidence;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * Whether a place is named in the clause that reports the shooting itself: "was shot … in Champaign", "the shooting
 * happened Friday morning near Yosemite Avenue and Cleveland in Madera", "killed near their home in Long Beach". A
 * town named elsewhere in the incident's sentences — a victim's or a suspect's home ("A Mundelein man"), the police
 * force that speaks ("Perris Police are seeking information … recovered in Menifee"), a court, a press conference —
 * is where the story touches, not where the shots were fired. Stateless.
 */
final class ShootingClause {
  private ShootingClause() {}

  /** Lemmas of the shooting or the harm itself, and of its happening ("the shooting happened … in X"). */
  private static final Set<String> HARM = Set.of("shoot", "shooting", "shot", "gunfire", "gunshot", "kill",
      "killing", "wound", "slay", "murder", "homicide", "happen", "occur");

  /** Prepositions that put the harm at a place: "shot in X", "killed near X", "a shooting at a plant in X". */
  private static final Set<String> AT = Set.of("in", "near", "outside", "at");

  /**
   * Tokens that end a clause when walking back from the place (as do relative pronouns): a harm word beyond them is
   * not said of this place ("Three days after the shootings, police searched a home … in Homewood").
   */
  private static final Set<String> BREAKS = Set.of(",", ";", ":", "--", "-LRB-", "-RRB-", "``", "''", "\"");

  /** Words that may stand between the preposition and the town besides a compass word: "in the Houston area". */
  private static final Set<String> BEFORE_TOWN = Set.of("the", "downtown");

  /**
   * Determiners that may stand between the preposition and a town that names a site of it: "at a Gladstone Subway",
   * "at her Randallstown apartment" (a Subway shop in Gladstone, her apartment in Randallstown).
   */
  private static final Set<String> DETERMINERS = Set.of("a", "an", "his", "her", "their");

  /**
   * Words after a town's name that make it the reference a place is told by, not the place ("a Chicago suburb"; a
   * hyphen or a possessive after it too: "a Fresno-area home", "a Fresno's suburb"; {@link ReferenceTown}).
   */
  private static final Set<String> REFERENCE = Set.of("suburb", "suburbs", "area", "region", "county");

  /** How many tokens back from the place's preposition the harm word may stand. */
  private static final int REACH = 14;

  /**
   * Whether the place's evidence, in the given sentence, follows "in", "near" or "outside" (an article and a
   * compass word may stand between: "in west Phoenix", "in the Houston area"; {@link #preposition}) that follows,
   * within the same clause, a word of the shooting or harm itself.
   */
  static boolean names(Sentence s, IncidentPlace p) {
    int i = preposition(s, p);
    if (i < 0) {
      return false;
    }
    List<Token> t = s.tokens();
    for (int j = i - 1; j >= 0 && j >= i - REACH; j--) {
      Token k = t.get(j);
      // a relative clause is about something else: "a drive-by shooting … in which a suspect vehicle was recovered in
      // Menifee"
      if (breaks(k)) {
        // "a shooting in the 7700 block of Utica, in Hanley Hills": a place apposed to the place before it is
        // told in the same clause
        if (j == i - 1 && k.word().equals(",") && apposed(t, j)) {
          continue;
        }
        return false;
      }
      if (HARM.contains(k.lemma()) || HARM.contains(k.lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words before a comma, back to the clause's start, hold a locative preposition ("in the block of"). */
  private static boolean apposed(List<Token> t, int comma) {
    for (int j = comma - 1; j >= 0 && j >= comma - REACH; j--) {
      Token k = t.get(j);
      if (breaks(k)) {
        return false;
      }
      if (locative(k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token ends the clause read back from a place: a break mark or word, or a wh-word. */
  private static boolean breaks(Token k) {
    return BREAKS.contains(k.word()) || k.pos().startsWith("W");
  }

  /**
   * The index of the "in", "near", "outside" or "at" the place's evidence follows in the given sentence (an article
   * and a compass word may stand between: "in west Phoenix", "at the Garner shooting range"), the place named by its
   * town's own name and not as one of two names joined by "and"; else -1.
   */
  static int preposition(Sentence s, IncidentPlace p) {
    Evidence ev = p.evidence();
    if (ev == null || !s.span().contains(ev.span())) {
      return -1;
    }
    List<Token> t = s.tokens();
    int first = s.firstTokenFrom(ev.span().start());
    int last = -1;
    for (Token k : t) {
      last = k.end() <= ev.span().end() ? k.index() : last;
    }
    // "at a Gladstone Subway": after a determiner, a site named by the town and a word of its own is one in the town
    boolean determined = first > 0 && DETERMINERS.contains(t.get(first - 1).lower());
    String after = last + 1 < t.size() ? t.get(last + 1).lower() : "";
    if (!ownName(p) && !(determined && sited(p))
        || determined && (REFERENCE.contains(after) || after.startsWith("-") || after.startsWith("'"))) {
      return -1;
    }
    // two names joined by "and" are cross streets or two towns: "at Charlevoix and Philip", "near Nottingham and
    // East Warren"
    if (last + 2 < t.size() && t.get(last + 1).lower().equals("and") && t.get(last + 2).isCapitalised()) {
      return -1;
    }
    int i = determined ? first - 2 : first - 1;
    while (i >= 0 && (BEFORE_TOWN.contains(t.get(i).lower())
        || Quarters.DIRECTIONS.contains(t.get(i).lower()))) {
      i--;
    }
    return i >= 0 && AT.contains(t.get(i).lower()) ? i : -1;
  }

  /** Whether the token is a preposition that puts something at a place ({@link #AT}: in, near, outside, at). */
  static boolean locative(Token k) {
    return AT.contains(k.lower());
  }

  /**
   * Whether the place is named in the shooting's own clause ({@link #names}) of the sentence its evidence lies in, and
   * that sentence also names the given home town: "A Mundelein man was killed … in a pair of shootings early Sunday in
   * Champaign" tells where the man of that town was shot.
   */
  static boolean shotAway(List<Sentence> sentences, String text, IncidentPlace p, String home) {
    if (p.evidence() == null) {
      return false;
    }
    for (Sentence s : sentences) {
      if (s.span().contains(p.evidence().span())) {
        return names(s, p) && !Mentions.words(home, s.span().of(text)).isEmpty();
      }
    }
    return false;
  }

  /** Whether the sentence has a word of the shooting or harm itself ({@link #HARM}). */
  static boolean harms(Sentence s) {
    for (Token k : s.tokens()) {
      if (HARM.contains(k.lemma()) || HARM.contains(k.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the place is named by its town's own name, or by a compass word and it ("South Philadelphia"): a site
   * named after a town ("Selma High", "McDonald's") is no statement of the town.
   */
  private static boolean ownName(IncidentPlace p) {
    String name = p.name();
    String town = p.resolvedName();
    if (name == null || town == null) {
      return false;
    }
    int space = name.indexOf(' ');
    return name.equals(town) || name.endsWith(" " + town) && space == name.length() - town.length() - 1
        && Quarters.DIRECTIONS.contains(name.substring(0, space).toLowerCase(Locale.ROOT));
  }

  /** Whether the place is named by its town's own name and one more capitalised word: "Gladstone Subway". */
  private static boolean sited(IncidentPlace p) {
    String name = p.name();
    String town = p.resolvedName();
    return name != null && town != null && name.startsWith(town + " ")
        && name.indexOf(' ', town.length() + 1) < 0;
  }

  /**
   * Whether a later town is another city of 100,000 or more in another state than a city the incident's sentences
   * placed it in: a story from San Diego that recalls the police shootings "July 7 in Dallas and three more July 18
   * in Baton Rouge" speaks of other incidents.
   */
  static boolean otherCity(IncidentPlace first, IncidentPlace later, Gazetteer gazetteer) {
    return first.admin1() != null && !first.admin1().equals(later.admin1()) && city(first, gazetteer)
        && city(later, gazetteer);
  }

  private static boolean city(IncidentPlace p, Gazetteer gazetteer) {
    return p.geonameId() != null && gazetteer.byId(p.geonameId()).map(City::is).orElse(false);
  }

  /**
   * The first place of the given sentences (the incident's, after the one whose place was not named in a shooting
   * clause) that fits the caller's test and is named in a shooting clause, or null.
   */
  static IncidentPlace later(List<Sentence> rest, Function<Sentence, IncidentPlace> find,
      Predicate<IncidentPlace> fits) {
    for (Sentence s : rest) {
      IncidentPlace p = find.apply(s);
      if (p != null && fits.test(p) && names(s, p)) {
        return p;
      }
    }
    return null;
  }
}
