package org.vigil.pipeline.resolve.geo.toponym;

/**
 * Settings of the {@link ToponymTagger}. The first two follow the annotation convention the output is meant to
 * match; corpora differ on both.
 *
 * @param demonyms whether nationality words ("Malian", "Palestinians") are tagged as toponyms of their country (the
 *     LGL corpus annotates them; GeoVirus does not). Either way they count as country context.
 * @param namesInOrganisations whether a place name inside an organisation's name is a toponym ("Gainesville" in
 *     "Gainesville Police Department"; LGL annotates them, GeoVirus mostly not)
 * @param minPopulation the population a place needs to be tagged on the gazetteer's word alone, with no NER tag, no
 *     locative cue and no qualifying state or country
 * @param minConfidence toponyms below this confidence are dropped
 */
public record ToponymOptions(boolean demonyms, boolean namesInOrganisations, long minPopulation,
    double minConfidence) {
  /** Validates ranges. */
  public ToponymOptions {
    if (minPopulation < 0) {
      throw new IllegalArgumentException("minPopulation < 0: " + minPopulation);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence outside [0, 1]: " + minConfidence);
    }
  }

  /** Demonyms and names inside organisations tagged, bare names from 5,000 inhabitants, confidence from 0.5. */
  public static ToponymOptions defaults() {
    return new ToponymOptions(true, true, 5_000, 0.5);
  }

  public ToponymOptions withDemonyms(boolean on) {
    return new ToponymOptions(on, namesInOrganisations, minPopulation, minConfidence);
  }

  public ToponymOptions withNamesInOrganisations(boolean on) {
    return new ToponymOptions(demonyms, on, minPopulation, minConfidence);
  }

  public ToponymOptions withMinPopulation(long population) {
    return new ToponymOptions(demonyms, namesInOrganisations, population, minConfidence);
  }

  public ToponymOptions withMinConfidence(double confidence) {
    return new ToponymOptions(demonyms, namesInOrganisations, minPopulation, confidence);
  }
}
