package org.vigil.pipeline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.pipeline.annotate.Sentence;

/**
 * A suspect the police shot, alive and in care, beside a count of the hurt that counts police officers only (Session
 * 15, hurt15c): "opening fire on two San Diego police officers, killing one and severely wounding the other … after a
 * gunfight that left the accused gunman hospitalized" (GVA dev: one dead, two hurt — it counts everyone shot, the
 * suspect too — where the count of the officers gave one). A count whose sentence names police officers and no one
 * else cannot hold the suspect, so a suspect told hurt and alive elsewhere in the incident is one more. A count whose
 * sentence names anyone else ("four people", "others") or tells the suspect hurt may hold him already and stands.
 * Stateless.
 */
final class SuspectAlsoHurt {
  private SuspectAlsoHurt() {}

  /** The rule of a count of the hurt raised by the suspect. */
  static final String RULE = "suspect-also-hurt";

  /** A police word: {@link Lexicon#OFFICERS}. */
  private static final Pattern NAMES_OFFICER = Pattern.compile("(?i)\\b(?:"
      + String.join("|", Lexicon.OFFICERS) + ")\\b");

  /** Anyone but an officer a count's sentence may count: people, others, victims, a person word. */
  private static final Pattern NAMES_OTHERS = Pattern.compile("(?i)\\b(?:people|persons"
      + "|others|victims?|bystanders?|civilians?|residents?|m[ae]n|wom[ae]n|boys?|girls?|child|children|teens?"
      + "|teenagers?)\\b");

  /**
   * The suspect told hurt and alive: "left the accused gunman hospitalized", "the suspect … in critical condition
   * with a gunshot wound", "The male suspect, who had been shot, was being treated"; not "the suspect, who had shot
   * two officers" (he did the shooting), nor "the suspect was not hit".
   */
  private static final Pattern SUSPECT_HURT = Pattern.compile("(?i)\\b(?:suspect|gunman|shooter)\\b[^.;]{0,80}?\\b"
      + "(?:in\\s+(?:critical|serious|stable|fair|grave)\\s+condition|hospitalized|(?:was|were|been)\\s+(?:also\\s+)?"
      + "(?:shot|wounded|struck|hit)\\b(?!\\s+at\\b)|suffered\\s+(?:a\\s+)?(?:gunshot\\s+)?wound)");

  /**
   * The count of the hurt, one more when it counts police officers only and a sentence of the incident with no death in
   * it tells the suspect hurt.
   *
   * @param text the article's text
   * @param counted the incident's sentences
   * @param injured the incident's count of the hurt, or null
   * @return the raised count, or {@code injured}
   */
  static Figure raise(String text, List<Sentence> counted, Figure injured) {
    if (injured == null || injured.best() < 1) {
      return injured;
    }
    String count = injured.evidence().sentence().of(text);
    // ("Police officer dead, another injured …; suspect in custody": a suspect named, not hurt, is not counted there)
    if (!NAMES_OFFICER.matcher(count).find() || NAMES_OTHERS.matcher(count).find()
        || SUSPECT_HURT.matcher(count).find()) {
      return injured;
    }
    for (Sentence s : counted) {
      String words = s.span().of(text);
      if (SUSPECT_HURT.matcher(words).find() && !IncidentFigures.DEATHS.matcher(words).find()) {
        return IncidentFigures.shifted(injured, 1, injured.phrase() + " + suspect", RULE);
      }
    }
    return injured;
  }
}
