package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The town a person of the story is said to be of, for a page that places its incident nowhere else: "A Hutchinson
 * teen was arrested Sunday after police say he lied …" (a log-in wall's one sentence), "Apison toddler accidentally
 * shot himself in the head" (a headline over an empty archived copy). The toponym tagger reads such a name before a
 * person noun as a person's or nothing, so no other stage sees it; a local reader takes it for the town the story
 * happened in, and where a page says nothing else that is the best guess there is. Thread-safe; the gazetteer is
 * shared.
 */
final class ResidentTown {
  /** The shortest name taken: shorter ones are initials and abbreviations ("DC", "UT") as often as towns. */
  private static final int MIN_NAME = 4;
  /** The words a resident's town follows: an article, or nothing at a sentence's start. */
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");

  private final Gazetteer gazetteer;

  ResidentTown(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The place that stands when nothing else placed the incident: the given place when it is a town or a county,
   * else the resident's town ({@link #town}) in its country and, for a state, in that state; the given place when
   * there is none.
   *
   * @param fallback what the incident's sentences named, a state or a country, or null
   * @param doc the annotated article
   */
  IncidentPlace over(IncidentPlace fallback, Annotated doc) {
    if (fallback != null && fallback.featureCode() != null && (fallback.featureCode().startsWith("PPL")
        || fallback.featureCode().equals("ADM2"))) {
      return fallback;
    }
    String country = fallback != null ? fallback.countryCode() : Masthead.country(doc.article().url());
    String state = fallback != null && "ADM1".equals(fallback.featureCode()) ? fallback.admin1() : null;
    IncidentPlace town = country == null ? null : town(doc, country, state);
    return town != null ? town : fallback;
  }

  /**
   * The first town of the text named as the attribute of a person noun ({@link TownRun#HEADLINE_HEADS}: "a
   * Hutchinson teen", "Apison toddler …" opening a sentence), a run of one to three capitalised nouns after an article
   * or at a sentence's start, that is no nationality, no word the text also writes in lower case ("Area man", "Local
   * teen"), no street or quarter: the most populous town of exactly that name in the given state, else in a state
   * the text names, else in the country. Near the incident rather than at it: precision 2. Null when there is none.
   */
  IncidentPlace town(Annotated doc, String country, String state) {
    String text = doc.text();
    String lowerText = text.toLowerCase(Locale.ROOT);
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int first = 0; first < t.size(); first++) {
        if (first > 0 && !DETERMINERS.contains(t.get(first - 1).lower())) {
          continue;
        }
        int last = first;
        while (last < t.size() && last - first < 3 && name(t.get(last))) {
          last++;
        }
        last--;
        if (last < first || last + 1 >= t.size() || !TownRun.HEADLINE_HEADS.contains(t.get(last + 1).lower())
            || Quarters.streetOrQuarter(t, first, last)) {
          continue;
        }
        String name = s.text(text, first, last);
        if (name.length() < MIN_NAME || !gazetteer.nationality(name).isEmpty()
            || lowerCase(text, lowerText, name)) {
          continue;
        }
        GeoName g = Namesakes.largest(gazetteer, name, x -> country.equals(x.countryCode())
            && x.admin1Name() != null && !x.admin1Name().isEmpty()
            && (state != null ? state.equals(x.admin1Name()) : text.contains(x.admin1Name())));
        if (g == null && state == null) {
          g = Namesakes.largest(gazetteer, name, x -> country.equals(x.countryCode()));
        }
        if (g != null) {
          return SentencePlace.build(name, null, name, g, 2, SentencePlace.ev(text, s,
              new Candidate(first, last, name, "", s.span(first, last))));
        }
      }
    }
    return null;
  }

  /** A capitalised noun: the part-of-speech tagger reads an unknown town's name as a common noun ("Apison/NN"). */
  private static boolean name(Token k) {
    return k.isNoun() && k.isCapitalised();
  }

  /** Whether the text also writes the name as a common word, in lower case ("area", "local"). */
  private static boolean lowerCase(String text, String lowerText, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (int at = lowerText.indexOf(lower); at >= 0; at = lowerText.indexOf(lower, at + 1)) {
      if (text.startsWith(lower, at) && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }
}
