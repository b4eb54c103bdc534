package org.vigil.pipeline.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Sentence;

/**
 * Two people told hurt together by "both", alive in a hospital's care: "Both the girl and the man were taken to the
 * hospital", "Both the suspect and the minor child were transported to a local hospital with non life threatening
 * injuries", "Both victims survived" (GVA dev, where each person had been counted one by one in another sentence, so
 * one hurt). No count of the hurt is told there, only the pair. Raises the count of the hurt to two, in an incident
 * with no one dead (beside a death, "both" may name the dead and one hurt). Stateless.
 */
final class BothInCare {
  private BothInCare() {}

  /**
   * "Both", "Both of them", "Both victims", "Both the girl and the man" as the subject, a verb, then within the clause
   * words of care or survival.
   */
  private static final Pattern BOTH = Pattern.compile("(?i)\\bboth\\b(?:\\s+of\\s+(?:them|the\\s+victims)|\\s+"
      + "(?:victims|men|women|boys|girls|children|teens|teenagers|brothers|sisters)|\\s+(?:the|a|an|his|her)\\s+"
      + "[\\w-]+(?:\\s+[\\w-]+)?\\s+and\\s+(?:the|a|an|his|her)\\s+[\\w-]+(?:\\s+[\\w-]+)?)?\\s+(?:were|was|are|have"
      + "|had|remain|remained|survived)\\b[^.;]{0,60}?\\b(?:survived|hospitali[sz]ed|hospitals?|condition|treated"
      + "|injuries|injured|wounds|wounded|recovering|shot|hit|struck|grazed|expected\\s+to\\s+(?:survive|recover))\\b"
      + "|\\bboth\\s+(?:victims|of\\s+them)\\s+survived\\b");

  /**
   * "Both" as the object of a verb that carries people to a hospital: "a shooting that sent both himself and an
   * 11-year-old girl to the hospital" (Session 17, hurt17a, GVA dev: the boy who fired the gun and the girl the bullet
   * went on to, read as one hurt), "rushed both victims to … Hospital". The pair is told in the object; the rest of the
   * sentence may tell of a charge ("A 13-year-old boy is being charged … after a shooting that sent both …").
   */
  private static final Pattern BOTH_SENT = Pattern.compile("(?i)\\b(?:sent|sending|rushed|rushing|took|taking"
      + "|transported|transporting)\\s+both\\s+(?:victims|of\\s+them|(?:himself|herself|him|her"
      + "|(?:the|a|an|his|her)\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+and\\s+"
      + "(?:the|a|an|his|her)\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+to\\s+"
      + "(?:[\\w'-]+\\s+){0,4}?hospitals?\\b");

  /** A death, a denial, or an arrest in the sentence: then the pair is not two people hurt. */
  private static final Pattern NOT_HURT = Pattern.compile("(?i)\\b(dead|died|dies|killed|fatal\\w*|deceased|slain"
      + "|death|succumbed|not(?!\\s+(?:life|considered\\s+life))|never|unharmed|uninjured|arrested|custody|charged"
      + "|jail)\\b|n't\\b");

  /**
   * Two hurt when a sentence of the incident tells both in care and the incident has no dead; returns the raised count
   * of the hurt, or {@code injured} (which may be null) when it raises nothing.
   *
   * @param killed the incident's count of the dead, or null
   */
  static Figure raise(String text, List<Sentence> sentences, Figure injured, Figure killed) {
    if (killed != null && killed.best() > 0 || injured != null && injured.best() >= 2) {
      return injured;
    }
    for (Sentence s : sentences) {
      String sentence = s.span().of(text);
      Matcher m = BOTH.matcher(sentence);
      if (!m.find() || NOT_HURT.matcher(sentence).find()) {
        m = BOTH_SENT.matcher(sentence);
        if (!m.find() || NOT_HURT.matcher(m.group()).find()) { // "sent both …": the pair's own words only
          continue;
        }
      }
      int start = s.span().start() + m.start();
      return new Figure(FigureKind.INJURED, 2, 2, 2, Qualifier.EXACT, m.group(), "both-in-care",
          Phrases.evidence(text, s, new Span(start, s.span().start() + m.end())));
    }
    return injured;
  }
}
