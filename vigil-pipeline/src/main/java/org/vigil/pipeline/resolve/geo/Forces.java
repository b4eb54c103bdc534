package org.vigil.pipeline.resolve.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Sentence;

/**
 * The towns of the police forces each sentence of one article names ({@link TownRun#forces}), read once per sentence:
 * the first town's stages ({@link ForceTown}, {@link HomeTown}) and the town the article is about
 * ({@code PlaceResolver.local}) read the same sentences' forces, and each reading resolves every name in the
 * gazetteer. One instance per article and thread.
 */
final class Forces {
  private final String text;
  private final Names names;
  private final Map<Integer, List<IncidentPlace>> read = new HashMap<>();

  Forces(String text, Names names) {
    this.text = text;
    this.names = names;
  }

  /** The towns of every police force the sentence names, in order ({@link TownRun#forces}). */
  List<IncidentPlace> of(Sentence s) {
    return read.computeIfAbsent(s.index(), i -> TownRun.forces(text, s, names));
  }

  /** The town of the first police force the sentence names, or null: "Stockton police said". */
  IncidentPlace first(Sentence s) {
    List<IncidentPlace> all = of(s);
    return all.isEmpty() ? null : all.get(0);
  }
}
