package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@link ForceTown}: sentences written for these tests (not taken from any evaluation set), through the real
 * pipeline.
 */
class ForceTownTest {

  @Test
  void theForceOfTheHarmsSentenceOutweighsASuspectsHomeTown() {
    // the motivating kind: "A Columbus man was arrested by Urbana Police on Friday following the shooting of a
    // 4-year-old"; the force's town is sought in the home town's state
    IncidentPlace p = extract("A Dayton man was arrested by Xenia Police on Friday following the shooting of a "
        + "4-year-old girl with a pellet gun.", "2016-09-10").main().place();
    assertThat(p.resolvedName()).isEqualTo("Xenia");
    assertThat(p.admin1()).isEqualTo("Ohio");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void aTownWhoseOwnForceTheTextNamesStays() {
    IncidentPlace p = extract("A Dayton man was arrested by Xenia Police on Friday following the shooting of a "
        + "4-year-old girl with a pellet gun. Dayton police searched his home on Saturday.", "2016-09-10")
        .main().place();
    assertThat(p.resolvedName()).isEqualTo("Dayton");
  }

  @Test
  void aHeadlinesHomeTownDoesNotDisplaceTheForcesTown() {
    // HeadlineTown: "Columbus man arrested for shooting 4-year-old" above "arrested by Urbana Police"
    IncidentPlace p = extract("Dayton man arrested in shooting of girl", "A Dayton man was arrested by Xenia Police "
        + "on Friday following the shooting of a 4-year-old girl with a pellet gun.", "2016-09-10").main().place();
    assertThat(p.resolvedName()).isEqualTo("Xenia");
  }

  @Test
  void whereTheTextNamesNoStateTheForcesTownMayLieInAnother() {
    // "4 people injured in a North Valley shooting" (the tagger's New Mexico) above "said … with the Madera Police
    // Department": no Modesto in the first town's state, which the text never names
    IncidentPlace p = extract("Three people were shot and wounded during a party, police said, on Friday night in "
        + "Tulsa. The shots came from a passing car, an officer of the Modesto Police Department said.",
        "2016-09-10").main().place();
    // (another stage already puts a far town named with no state near the force's; the rule names the force's town)
    assertThat(p.name()).isEqualTo("Modesto");
    assertThat(p.resolvedName()).isEqualTo("Modesto");
    assertThat(p.admin1()).isEqualTo("California");
  }
}
