package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * The town whose police force the incident's sentences name beside the harm, over a first town they name outside the
 * shooting's own clause ({@link ShootingClause}) when neither a later town named in that clause nor the dateline's
 * town took its place: "A Columbus man was arrested by Urbana Police on Friday following the shooting of a 4-year-old"
 * names a suspect's home and the force of the town it happened in; "Perris Police are seeking information regarding
 * a drive-by shooting Sunday morning in which a suspect vehicle was recovered in Menifee" the town the car was found
 * in. A town's own force investigates what happens in the town. Narrow, as a force also assists its neighbours or
 * arrests a suspect at home: only the first force named in a sentence of the harm, only a town of the first town's
 * state (or, where the text never names that state, the tagger's town of the force's name in its country), and never
 * when the text names the first town's own force too. Stateless.
 */
final class ForceTown {
  private ForceTown() {}

  /**
   * The town of the first police force named in a sentence of the harm ({@link ShootingClause#harms}) among the
   * incident's sentences from {@code s} on, the town of that name in the first town's state (the tagger's choice
   * may lie in another: "Urbana Police" beside "A Columbus man" is Ohio's) — or, when that state has none and the
   * text never names it, the tagger's town of the name in the first town's country —, near the incident rather than
   * at it (precision 2), in place of the first town {@code p} of sentence {@code s}; else {@code p}. A force named as
   * the attribute of its people is none ("a former Los Angeles police officer killed two law enforcement officers").
   *
   * @param sentences the incident's sentences, {@code s} among them
   * @param force the town of the first police force a sentence names ("Urbana Police"), or null
   * @param text the article's text
   */
  static IncidentPlace over(IncidentPlace p, Sentence s, List<Sentence> sentences,
      Function<Sentence, IncidentPlace> force, String text, Gazetteer gazetteer) {
    int from = sentences.indexOf(s);
    if (from < 0 || p.admin1() == null || ShootingClause.names(s, p) || OwnForce.named(p.name(), text)
        || OwnForce.named(p.resolvedName(), text)) {
      return p;
    }
    for (Sentence x : sentences.subList(from, sentences.size())) {
      IncidentPlace f = ShootingClause.harms(x) ? force.apply(x) : null;
      if (f == null || f.evidence() == null) {
        continue;
      }
      if (!agent(x, f)) {
        return p;
      }
      GeoName town = inState(f.name(), p, gazetteer);
      if (town == null) {
        // the first town's state is the tagger's guess where the text never names it: "4 people injured in a North
        // Valley shooting" (New Mexico's) above "said Johnnie Smith with the Madera Police Department"
        return text.contains(p.admin1()) || !Objects.equals(f.countryCode(), p.countryCode())
            || Objects.equals(f.geonameId(), p.geonameId()) ? p : f;
      }
      return Objects.equals(p.geonameId(), town.geonameId()) ? p
          : SentencePlace.build(f.name(), null, f.name(), town, 2, f.evidence());
    }
    return p;
  }

  /**
   * Whether the force acts in the sentence: no noun follows "police" (or "Police Department"), as one does where the
   * force names its people ("Los Angeles police officer", "Philadelphia Police Sgt. Sylvia Young").
   */
  static boolean agent(Sentence x, IncidentPlace f) {
    List<Token> t = x.tokens();
    int i = x.firstTokenFrom(f.evidence().span().end());
    while (i < t.size() && FORCE_WORDS.contains(t.get(i).lower())) {
      i++;
    }
    return i >= t.size() || !t.get(i).pos().startsWith("NN");
  }

  /** Words of a force's name after its town's: "Urbana Police", "Madera Police Department", "Metro Police". */
  private static final Set<String> FORCE_WORDS = Set.of("police", "department", "dept.", "dept", "metro",
      "metropolitan", "city", "municipal");

  /** The most populous town of the name in the first town's state and country, or null. */
  private static GeoName inState(String name, IncidentPlace p, Gazetteer gazetteer) {
    GeoName best = null;
    for (GeoName g : gazetteer.lookup(name)) {
      if (g.kind() == GeoName.Kind.POPULATED_PLACE && p.admin1().equals(g.admin1Name())
          && g.countryCode().equals(p.countryCode()) && (best == null || g.population() > best.population())) {
        best = g;
      }
    }
    return best;
  }
}
