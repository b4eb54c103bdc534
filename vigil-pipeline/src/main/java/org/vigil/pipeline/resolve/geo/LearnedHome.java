package org.vigil.pipeline.resolve.geo;

import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.Article;
import org.vigil.model.IncidentPlace;

/**
 * The town an outlet's other pages place their incidents in ({@link OutletHomes#home}), as the gazetteer's entry: the
 * last of the outlet's clues ({@link Outlet}), after its host, title and address and after every town the page names.
 * Learned from the batch's own texts, never from gold. Thread-safe; the gazetteer is shared.
 */
final class LearnedHome {
  private final Gazetteer gazetteer;
  private final OutletHomes homes;

  LearnedHome(Gazetteer gazetteer, OutletHomes homes) {
    this.gazetteer = gazetteer;
    this.homes = java.util.Objects.requireNonNull(homes);
  }

  /** The outlet's learned town for this page (its own vote aside), or null. */
  GeoName of(Article article) {
    return homes.home(OutletHomes.host(article.url()), article.id()).flatMap(v -> gazetteer.byId(v.geonameId()))
        .orElse(null);
  }

  /** The outlet's learned state for this page (its own vote aside, {@link OutletHomes#state}), or null. */
  String state(Article article) {
    return homes.state(OutletHomes.host(article.url()), article.id()).orElse(null);
  }

  /**
   * The outlet's learned town ({@link #of}) at precision 2 (near the incident rather than at it), for a page whose
   * article names no town ("the shooting happened … on Westwood Drive" on a station whose other pages are about
   * Wichita). One other page's vote is enough here ({@link OutletHomes#soleHome}): the page has no other clue. Null
   * when there is none, or it is not in the given country.
   */
  IncidentPlace place(Article article, String country) {
    GeoName home = homes.soleHome(OutletHomes.host(article.url()), article.id()).flatMap(v -> gazetteer.byId(
        v.geonameId())).orElse(null);
    return OutletClues.placeNear(home, country);
  }
}
