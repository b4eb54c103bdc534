package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.Evidence;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;

/** {@link ZipTown}: a town the populated places lack but a ZIP code carries, for an incident nothing else placed. */
class ZipTownTest {

  /**
   * The motivating kind: "Vermont State Police say it happened Wednesday just after 4 p.m. in Waitsfield" had no place
   * (GeoNames keeps the town as a division). Sentence written for the test.
   */
  @Test
  void aPostalTownOfAStateTheTextNamesPlacesAnIncidentNothingElsePlaced() {
    IncidentPlace p = extract("http://www.example.com/news/1", "Hunter wounded in accidental shooting",
        "Vermont State Police say a 16-year-old was accidentally shot Saturday afternoon while hunting in Craftsbury.",
        "2016-03-01").main().place();
    assertThat(p).isNotNull();
    assertThat(p.resolvedName()).isEqualTo("Craftsbury");
    assertThat(p.admin1()).isEqualTo("Vermont");
    assertThat(p.precision()).isEqualTo(2);
  }

  /**
   * The town found for the incident gives way to a nearby town the gazetteer lacks that the text names after "in":
   * "… on North Highway 340 in Parrottsville" had been placed at Newport, the dateline's town and the seat of Cocke
   * County. Sentence written for the test.
   */
  @Test
  void aNearbyPostalTownNamedAfterInReplacesTheCountySeat() {
    IncidentPlace p = place("NEWPORT, Tenn. (AP) — A man was shot Sunday night at a home on Highway 32 in Cosby, the "
        + "Cocke County Sheriff's Office said.");
    assertThat(p.precision()).isEqualTo(2);
  }

  /**
   * A dateline's town the gazetteer lacks, near the town found: "BOHANNON, Va. (WAVY) —" had been placed at Mathews,
   * the seat of the county the article names. Sentence written for the test.
   */
  @Test
  void aNearbyPostalTownInTheDatelineReplacesTheTownFound() {
    place("COSBY, Tenn. (AP) — A hunter was accidentally shot Saturday morning near Newport, the Cocke County "
        + "Sheriff's Office said.");
  }

  /** The incident's place in this text, asserted to be Cosby, Tennessee. */
  private static IncidentPlace place(String text) {
    IncidentPlace p = extract("http://www.example.com/news/" + text.length(), "Man wounded in shooting", text,
        "2016-03-01").main().place();
    assertThat(p).isNotNull();
    assertThat(p.resolvedName()).isEqualTo("Cosby");
    assertThat(p.admin1()).isEqualTo("Tennessee");
    return p;
  }

  private static final Gazetteer GAZETTEER = Gazetteer.loadBundled();
  private static final ZipTown ZIP = new ZipTown(GAZETTEER);

  /**
   * The motivating kind: a small paper's page names only its readers' village, one GeoNames' towns lack, and the
   * incident was placed at the paper's own town standing in (precision 2, no words of the page for it). Ruth, Nevada
   * is a postal city some 10 km from Ely; Saint Michael, North Dakota one near Devils Lake. Titles written for the
   * test.
   */
  @Test
  void aVillageThePageNamesAsItsPeoplesHomeReplacesTheOutletsTownStandingIn() {
    IncidentPlace ruth = ZIP.named(standIn("Ely", "Nevada", null), "Ruth teen hurt in hunting accident",
        "A 15-year-old was hurt Saturday when a rifle went off, the sheriff said.");
    assertThat(ruth.resolvedName()).isEqualTo("Ruth");
    assertThat(ruth.admin1()).isEqualTo("Nevada");
    assertThat(ruth.precision()).isEqualTo(2);
    IncidentPlace saint = ZIP.named(standIn("Devils Lake", "North Dakota", null), "Boy hurt in accident",
        "The boy, 12, of St. Michael was taken to a hospital on Sunday, deputies said.");
    assertThat(saint.resolvedName()).isEqualTo("Saint Michael");
  }

  /**
   * A name the page gives a person ("said Ruth Jones") is no village's; and a town the page itself names for the
   * incident (it has evidence) stays.
   */
  @Test
  void aPersonsNameOrATownThePageNamesKeepsThePlace() {
    IncidentPlace ely = standIn("Ely", "Nevada", null);
    assertThat(ZIP.named(ely, "Teen hurt in hunting accident", "It was an accident, said Ruth Jones, a neighbour."))
        .isSameAs(ely);
    IncidentPlace named = standIn("Ely", "Nevada", new Evidence(new Span(0, 3), "Ely", new Span(0, 20)));
    assertThat(ZIP.named(named, "Ruth teen hurt in hunting accident", "Ely police said a boy was hurt."))
        .isSameAs(named);
  }

  /** The gazetteer's town of this name and state, as a place at precision 2 with the given evidence. */
  private static IncidentPlace standIn(String name, String state, Evidence evidence) {
    GeoName g = GAZETTEER.lookup(name).stream().filter(x -> x.name().equals(name) && x.admin1Name().equals(state))
        .findFirst().orElseThrow();
    return new IncidentPlace(name, null, name, g.name(), g.geonameId(), g.lat(), g.lon(), g.admin1Name(),
        g.countryCode(), g.featureCode(), 2, evidence);
  }
}
