package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;
import org.vigil.model.IncidentPlace;
import org.vigil.model.Span;
import org.vigil.pipeline.resolve.geo.toponym.Toponym;

/** {@link City#meant} on places as the resolver might have chosen them, with the bundled gazetteer. */
class CityTest {
  private static final Gazetteer GAZETTEER = Gazetteer.loadBundled();

  private static IncidentPlace small(String name, String state) {
    GeoName g = GAZETTEER.lookup(name).stream()
        .filter(x -> x.kind() == GeoName.Kind.POPULATED_PLACE && x.admin1Name().equals(state)).findFirst()
        .orElseThrow();
    return SentencePlace.build(name, null, null, g, 1, null);
  }

  @Test
  void aBareNameIsTheCityNotTheTaggersSmallNamesake() {
    IncidentPlace p = City.meant(small("Oakland", "Illinois"), GAZETTEER, division -> false, List.of(), List.of());
    assertThat(p.resolvedName()).isEqualTo("Oakland");
    assertThat(p.admin1()).isEqualTo("California");
    assertThat(p.precision()).isEqualTo(1);
  }

  @Test
  void theSmallNamesakeStaysWhenTheArticleNamesItsState() {
    IncidentPlace p = City.meant(small("Oakland", "Illinois"), GAZETTEER, "Illinois"::equals, List.of(), List.of());
    assertThat(p.admin1()).isEqualTo("Illinois");
  }

  @Test
  void theSmallNamesakeStaysBesideACountyTheArticleNames() {
    List<GeoName> counties = new Counties(GAZETTEER).named("deputies of the Coles County Sheriff's Office");
    IncidentPlace p = City.meant(small("Oakland", "Illinois"), GAZETTEER, division -> false, counties, List.of());
    assertThat(p.admin1()).isEqualTo("Illinois");
  }

  @Test
  void theSmallNamesakeStaysInTheStateOfAnotherCityTheArticleNames() {
    GeoName rockford = GAZETTEER.byId(small("Rockford", "Illinois").geonameId()).orElseThrow();
    Toponym city = new Toponym(new Span(0, 8), "Rockford", rockford, 0.9, Toponym.Basis.GAZETTEER, rockford.lat(),
        rockford.lon());
    IncidentPlace p = City.meant(small("Oakland", "Illinois"), GAZETTEER, division -> false, List.of(),
        List.of(city));
    assertThat(p.admin1()).isEqualTo("Illinois");
  }
}
