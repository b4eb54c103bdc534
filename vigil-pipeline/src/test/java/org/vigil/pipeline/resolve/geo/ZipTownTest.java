package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

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
}
