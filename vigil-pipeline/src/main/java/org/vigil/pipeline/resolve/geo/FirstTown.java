package org.vigil.pipeline.resolve.geo;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Geo;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.Sentence;

/**
 * The incident's town, given the first town its sentences name: that town, unless it is named outside the shooting's
 * own clause and a later town named in it ({@link ShootingClause}), else the dateline's town of its state
 * ({@link DatelineTown}), else the dateline's town nearby when the first town is only the reference the place is told
 * by ({@link ReferenceTown}: "in Atlanta's northeastern suburbs"), else the town of the police force a sentence of the
 * harm names ({@link ForceTown}) takes its place; a first town left that the text names only as a person's home gives
 * way to the force's or the dateline's town ({@link HomeTown}); and a small namesake far from the dateline's town, in a
 * state the article never names, is read as a part of the dateline's town the gazetteer does not know. Thread-safe;
 * the gazetteer is shared.
 */
final class FirstTown {

  private final Gazetteer gazetteer;

  FirstTown(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The incident's town in place of the first town {@code p} of sentence {@code s}.
   *
   * @param sentences the incident's sentences, {@code s} among them
   * @param home the dateline's town, or null when the dateline names none
   * @param find the place a sentence names (past the dateline), or null
   * @param fits whether a later place may stand for the first: a town within what the sentences named before
   * @param forces the towns of every police force a sentence names ("Urbana Police"), in order
   * @param window the place a sentence names between two tokens (past the dateline)
   */
  IncidentPlace of(IncidentPlace p, Sentence s, List<Sentence> sentences, Annotated doc, IncidentPlace home,
      Function<Sentence, IncidentPlace> find, Predicate<IncidentPlace> fits,
      Function<Sentence, List<IncidentPlace>> forces, HomeTown.Window window) {
    // a town named outside the shooting's own clause gives way to a later one named in it ("… opened fire on the
    // car they were riding in. The shooting happened Friday morning near Yosemite Avenue and Cleveland in Madera")
    IncidentPlace first = p;
    IncidentPlace shot = ShootingClause.names(s, p) ? null : ShootingClause.later(
        sentences.subList(sentences.indexOf(s) + 1, sentences.size()), find,
        q -> fits.test(q) && !HospitalTown.named(doc.text(), q) && !ShootingClause.otherCity(first, q, gazetteer));
    IncidentPlace dated = shot != null ? shot : DatelineTown.over(p, s, home, doc);
    dated = dated != p ? dated : ReferenceTown.over(p, home, doc);
    p = dated != p ? dated : ForceTown.over(p, s, sentences,
        x -> forces.apply(x).stream().findFirst().orElse(null), doc.text(), gazetteer);
    // a town named only as where the story's people are from ("Brandon Colbert, of Tulsa, Oklahoma, was arrested")
    p = p == first ? HomeTown.over(first, doc, home, forces, sentences, window) : p;
    if (home != null && awayFromHome(p, home, doc.text())) {
      // "PITTSBURGH (KDKA) – … a bar in Homewood": a small namesake town in another state is more likely a part
      // of the dateline's town that the gazetteer does not know
      return new IncidentPlace(p.name(), p.name(), home.name(), home.resolvedName(), home.geonameId(),
          home.lat(), home.lon(), home.admin1(), home.countryCode(), home.featureCode(), 2, p.evidence());
    }
    return p;
  }

  /**
   * Whether a town found in the body is an unlikely namesake far from the dateline's town: in the same country but
   * another division, more than 150 km away, under 100,000 people, and in a division the article never names.
   */
  private boolean awayFromHome(IncidentPlace p, IncidentPlace home, String text) {
    if (p.countryCode() == null || !p.countryCode().equals(home.countryCode()) || p.admin1() == null
        || p.admin1().equals(home.admin1()) || p.geonameId() == null || text.contains(p.admin1())) {
      return false;
    }
    Optional<GeoName> g = gazetteer.byId(p.geonameId());
    return g.isPresent() && !City.is(g.get())
        && Geo.distanceKm(p.lat(), p.lon(), home.lat(), home.lon()) > 150;
  }
}
