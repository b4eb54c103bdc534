package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.geo.Gazetteer;
import org.vigil.model.ArticleMeta;
import org.vigil.model.Extraction;
import org.vigil.model.Incident;
import org.vigil.model.Provenance;
import org.vigil.model.Quote;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.pipeline.resolve.time.PublicationDate;

/**
 * The extract stage: splits an annotated article into its main incident and the background incidents it recalls,
 * and fills each incident's fields from its own sentences only.
 *
 * <p>Three steps, one class each: {@link SentenceGrouping} assigns sentences to groups (every trigger mention gets a
 * frame, {@link Framing}: main-frame mentions make the main incident, a historical sentence with a trigger and
 * something to say opens a background incident, sentences without a trigger and without a time cue continue the main
 * incident, a repeated headline is read once); {@link MainIncidentChoice} lets a recalled incident that is the main
 * one's own (a follow-up's) join it, by how each group is dated; {@link IncidentBuilder} fills each incident's fields.
 * Quotes of no incident's sentences are kept on the extraction.
 *
 * <p>Stateless and thread-safe.
 */
public final class IncidentExtractor {
  private final MainIncidentChoice mainChoice;
  private final IncidentBuilder builder;
  private final Provenance provenance;
  private final Gazetteer gazetteer;

  public IncidentExtractor(Gazetteer gazetteer, Provenance provenance) {
    this(gazetteer, provenance, OutletHomes.NONE);
  }

  /** An extractor whose places know the outlets' home towns learned from a batch ({@link OutletHomes}). */
  public IncidentExtractor(Gazetteer gazetteer, Provenance provenance, OutletHomes homes) {
    IncidentTimes times = new IncidentTimes();
    this.mainChoice = new MainIncidentChoice(times);
    this.builder = new IncidentBuilder(gazetteer, times, provenance, homes);
    this.provenance = provenance;
    this.gazetteer = gazetteer;
  }

  /** This extractor with other outlets' homes (the models are not loaded again). */
  public IncidentExtractor withOutletHomes(OutletHomes homes) {
    return new IncidentExtractor(gazetteer, provenance, homes);
  }

  /**
   * Whether extraction needs the dependency parse of a sentence: only sentences that can carry an incident's facts
   * (an event word, a number, a speech verb, a quotation, an actor) are worth the parser's time. Given to
   * {@link org.vigil.pipeline.annotate.CoreNlpAnnotator}.
   */
  public static boolean needsParse(List<org.vigil.pipeline.annotate.Token> tokens) {
    boolean quote = false;
    boolean speech = false;
    boolean date = false;
    boolean procedure = false;
    for (int i = 0; i < tokens.size(); i++) {
      org.vigil.pipeline.annotate.Token k = tokens.get(i);
      String l = k.lemma();
      date |= k.ner().equals("DATE");
      procedure |= AsideDays.PROCEDURE_VERBS.contains(l) || l.equals("custody") || AsideDays.holdsWord(k);
      if (Lexicon.SPECIFIC_TRIGGERS.containsKey(l) || Lexicon.GENERIC_TRIGGERS.contains(l)
          || Lexicon.PERPETRATOR_NOUNS.contains(l) || CASUALTY_WORDS.contains(l) || CASUALTY_WORDS.contains(k.lower())
          || k.lower().equals("according") || l.equals("claim") || k.lower().equals("including")
          || Framing.struckBy(tokens, i) // "were hit by shots from a passing car"
          || k.isVerb() && WoundPhrases.struckAfterFire(tokens, i) // "began firing, hitting the trooper in the …"
          || WoundPhrases.careCenter(tokens, i)) { // "two others were taken to North Memorial Medical Center"
        return true;
      }
      quote |= k.word().equals("\"");
      speech |= k.isVerb() && Lexicon.SPEECH_VERBS.contains(l);
    }
    // a quotation with its speaker; reported speech without an event word is left unparsed; a day with a step of
    // the investigation or the courts ("a judge sided with prosecutors Wednesday") or with what still holds or is yet
    // to come ("Cleanup was underway Sunday"), which must not date the incident
    return quote && speech || date && procedure;
  }

  /** Words that bind a count or a harm: a sentence with one of them may carry a figure or a victim. */
  private static final Set<String> CASUALTY_WORDS = Set.of("dead", "die", "death", "injure", "injured", "wound",
      "wounded", "hurt", "toll", "hostage", "kidnap", "abduct", "free", "release", "rescue", "arrest", "detain",
      "murder", "victim", "casualty", "fatality", "body", "destroy", "damage", "burn", "hospital", "hospitalize");

  /**
   * The incidents of one annotated article (the main one first, when there is one) and the quotes of none of them.
   * Never null; an article without a trigger mention gives no incident.
   */
  public Extraction extract(Annotated doc) {
    LocalDate published = PublicationDate.anchor(doc.article());
    SentenceAnalysis analysis = SentenceAnalysis.of(doc.text(), doc.sentences(), published);
    SentenceGrouping.Groups groups = SentenceGrouping.of(doc, analysis);
    IncidentGroup main = mainChoice.choose(doc, groups, published);
    List<IncidentGroup> incidentGroups = new ArrayList<>();
    if (!main.mentions.isEmpty()) {
      incidentGroups.add(main);
    }
    incidentGroups.addAll(groups.background());
    List<QuoteRules.Found> quotes = QuoteRules.quotes(doc);
    Set<QuoteRules.Found> usedQuotes = new HashSet<>();
    List<Incident> incidents = builder.incidents(doc, analysis, incidentGroups, quotes, usedQuotes);
    List<Quote> other = new ArrayList<>();
    for (QuoteRules.Found q : quotes) {
      if (!usedQuotes.contains(q)) {
        other.add(q.quote());
      }
    }
    // no step warns yet: the list is the extraction's place for non-fatal oddities
    return new Extraction(ArticleMeta.of(doc.article()), incidents, other, List.of(), provenance);
  }
}
