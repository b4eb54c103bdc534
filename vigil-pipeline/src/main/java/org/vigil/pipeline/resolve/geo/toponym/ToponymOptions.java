package org.vigil.pipeline.resolve.geo.toponym;

/**
 * Settings of the {@link ToponymTagger}.
 *
 * @param demonyms whether nationality words ("Malian", "Palestinians") are tagged as toponyms of their country, as
 *     the LGL corpus annotates them; GeoVirus does not
 * @param minPopulation the population a place needs to be tagged on the gazetteer's word alone, with no NER tag, no
 *     locative cue and no support from other places in the article
 * @param minConfidence toponyms below this confidence are dropped
 */
public record ToponymOptions(boolean demonyms, long minPopulation, double minConfidence) {
  /** Validates ranges. */
  public ToponymOptions {
    if (minPopulation < 0) {
      throw new IllegalArgumentException("minPopulation < 0: " + minPopulation);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence outside [0, 1]: " + minConfidence);
    }
  }

  /** Demonyms tagged, bare names from 20,000 inhabitants, confidence from 0.5. */
  public static ToponymOptions defaults() {
    return new ToponymOptions(true, 20_000, 0.5);
  }

  public ToponymOptions withDemonyms(boolean on) {
    return new ToponymOptions(on, minPopulation, minConfidence);
  }
}
