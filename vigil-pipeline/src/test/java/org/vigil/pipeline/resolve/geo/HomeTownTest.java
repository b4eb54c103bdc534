package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentPlace;

/**
 * {@link HomeTown}: sentences written for these tests (not taken from any evaluation set), through the real pipeline
 * where a rule is tested, and on text alone for the home-form reading.
 */
class HomeTownTest {

  @Test
  void aSuspectsHomeGivesWayToTheInvestigatingForcesTown() {
    // the motivating kind: "Brandon Colbert, of Tulsa, Oklahoma, was arrested for the murders … with the Long Beach
    // Police Department said"; the force's town may lie in another state
    IncidentPlace p = extract("Police arrested James Porter, 31, of Fresno, on Monday for the murder of a woman "
        + "and her daughter last month. \"He was arrested without incident,\" a spokesman for the Sacramento Police "
        + "Department said.", "2016-09-10").main().place();
    assertThat(p.resolvedName()).isEqualTo("Sacramento");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void theSecondForceOfASentenceIsSeenAndTheMostNamedWins() {
    // the motivating kind: "After his arrest by the Los Angeles Police Department … Lt. Lloyd Cox with the Long
    // Beach Police Department said" is one sentence, and the first force of a sentence was all the reading saw
    IncidentPlace p = extract("Police arrested James Porter, 31, of Fresno, on Monday for the murder of a woman "
        + "and her daughter last month. After an earlier arrest by the Oakland Police Department his DNA was "
        + "collected, a spokesman for the Sacramento Police Department said. \"He was arrested without incident,\" "
        + "Sacramento police said.", "2016-09-10").main().place();
    assertThat(p.resolvedName()).isEqualTo("Sacramento");
  }

  @Test
  void aTownTheTextAlsoNamesAsWhereItHappenedStays() {
    IncidentPlace p = extract("Police arrested James Porter, 31, of Fresno, on Monday for the murder of a woman "
        + "and her daughter last month. The woman was found dead in a home in Fresno. \"He was arrested without "
        + "incident,\" a spokesman for the Sacramento Police Department said.", "2016-09-10").main().place();
    assertThat(p.resolvedName()).isEqualTo("Fresno");
  }

  @Test
  void withNoForceTheDatelinesTownOfAnotherStateWins() {
    // DatelineTown takes a dateline of the home's own state only; a home named only as a home gives way to any
    IncidentPlace p = extract("http://www.wxyz58.com/story/1234/shot", "Man shot dead outside store",
        "CAMDEN, N.J. \u2014 A man was shot and killed outside a store Saturday night, authorities said.\n\nThe "
            + "victim, John Smith, 25, of Philadelphia, was standing by his car when he was shot.", "2015-06-22")
        .main().place();
    assertThat(p.resolvedName()).isEqualTo("Camden");
    assertThat(p.admin1()).isEqualTo("New Jersey");
  }

  @Test
  void withNoForceNorDatelineANearbyTownSomethingHappenedAtWins() {
    // the motivating kind: "Cade Hartwig, of Clear Lake, suffered a head wound Sunday afternoon from a pellet gun at
    // the Garner shooting range"; "A Woodville man died … outside a residence in Ivanhoe"
    IncidentPlace p = extract("Authorities are investigating the death of a 12-year-old boy. Police say Jake "
        + "Miller, of Ames, suffered a fatal wound Sunday afternoon from a rifle at the Ankeny shooting range.",
        "2016-05-10").main().place();
    assertThat(p.resolvedName()).isEqualTo("Ankeny");
  }

  @Test
  void aFarTownSomethingHappenedAtIsNoScene() {
    // Dubuque lies some 245 km from Ames: no scene, and the home stays
    IncidentPlace p = extract("Authorities are investigating the death of a 12-year-old boy. Police say Jake "
        + "Miller, of Ames, suffered a fatal wound Sunday afternoon from a rifle at the Dubuque shooting range.",
        "2016-05-10").main().place();
    assertThat(p.resolvedName()).isEqualTo("Ames");
  }

  @Test
  void homeFormsAreNamesOfPeoplesTowns() {
    assertThat(HomeTown.only("Tulsa", "Brandon Colbert, 22, of Tulsa, was arrested. A Tulsa man was held.")).isTrue();
    assertThat(HomeTown.only("Tulsa", "Robinson of Tulsa, remains held.")).isTrue();
    assertThat(HomeTown.only("Tulsa", "Colbert, of Tulsa, was arrested in Tulsa.")).isFalse();
    assertThat(HomeTown.only("Tulsa", "The City of Tulsa said.")).isFalse();
    assertThat(HomeTown.only("Tulsa", "Nothing here.")).isFalse();
  }
}
