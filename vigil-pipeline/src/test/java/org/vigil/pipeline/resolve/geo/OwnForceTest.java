package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/** {@link OwnForce}: a town with a police force or school district of its own. Sentences written for these tests. */
class OwnForceTest {

  @Test
  void aTownsPoliceOrSchoolDistrictIsNamed() {
    assertThat(OwnForce.named("North Charleston", "North Charleston Police Department investigators say")).isTrue();
    assertThat(OwnForce.named("Alpine", "Alpine ISD placed a lockdown on all campuses.")).isTrue();
    assertThat(OwnForce.named("Portland", "A man was shot in Portland, police said.")).isFalse();
    assertThat(OwnForce.named("Portland", "Teen shot in Portland\n\nPolice said a teen was shot.")).isFalse();
  }

  /** Unlike the bare "Portland" of {@code PlaceResolverTest}, which is a quarter of the outlet's Louisville. */
  @Test
  void aFarTownWithItsOwnPoliceStaysThatTownOnAFarOutletsPage() {
    IncidentPlace p = extract("Man shot in Portland - WXYZ-TV Louisville News, Weather",
        "A man was shot in Portland on Saturday night, Portland police said.", "2015-03-01").main().place();
    assertThat(p.resolvedName()).isEqualTo("Portland");
    assertThat(p.admin1()).isNotEqualTo("Kentucky");
  }

  /** GeoNames knows Universal City as a section of Los Angeles, and a town of Texas with its own police. */
  @Test
  void aSectionNamedLikeATownWithItsOwnPoliceIsNotTheLargerTown() {
    IncidentPlace p = extract("Teen shot at home", "A teen was shot at his home in Universal City early Friday, "
        + "Universal City Police said.", "2015-12-10").main().place();
    assertThat(p.name()).isEqualTo("Universal City");
    assertThat(p.resolvedName()).isEqualTo("Universal City");
  }
}
