package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;

/**
 * {@link HostAlias}: host names and a sentence written for these tests (not taken from any evaluation set), with the
 * bundled gazetteer and the real pipeline.
 */
class HostAliasTest {

  @Test
  void aHostThatIsACitysOtherNameIsThatCitysOutlet() {
    Gazetteer gazetteer = Gazetteer.loadBundled();
    assertThat(HostAlias.cities(gazetteer, "philly", "http://www.philly.com/philly/news/1.html"))
        .extracting(GeoName::name).contains("Philadelphia");
    assertThat(HostAlias.cities(gazetteer, "ksla", "http://www.ksla.com/story/1/shot")).isEmpty();
  }

  @Test
  void aQuarterOnTheCitysOutletIsTheCitys() {
    // the motivating kind: "the city's East Germantown section" on philly.com, placed in Germantown, Maryland
    IncidentPlace p = extract("http://www.philly.com/philly/news/20160301_shooting.html", "Man shot in East Germantown",
        "A man was shot and wounded on Sunday night in the city's East Germantown section, police said.", "2016-03-01")
        .main().place();
    assertThat(p.admin1()).isEqualTo("Pennsylvania");
  }
}
