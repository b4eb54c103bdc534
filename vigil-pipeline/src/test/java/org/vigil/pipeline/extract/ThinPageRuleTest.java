package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.pipeline.annotate.Token;
import org.vigil.model.Extraction;
import org.vigil.model.Incident;
import org.vigil.model.IncidentType;
import org.vigil.model.Status;

/**
 * Headlines over thin pages (a log-in wall, an empty body) and short reports that tell a shooting without a trigger
 * word, or with a word that reads like a warning. Sentences written for these tests, through the real pipeline.
 */
class ThinPageRuleTest {
  private static final String WALL = "Already a subscriber? Click on the button below to log in.";

  private static Incident main(Extraction x) {
    assertThat(x.main()).as("main incident of %s", x.incidents()).isNotNull();
    return x.main();
  }

  @Test
  void aDischargedFirearmIsAShooting() {
    Incident i = main(extract("A teen accidentally discharged a small caliber pistol at a home in Lafayette on "
        + "Sunday and injured a woman.", "2015-09-06"));
    assertThat(i.types()).anyMatch(t -> t.type() == IncidentType.ARMED_ASSAULT);
  }

  @Test
  void aStrayBulletIsAShooting() {
    Incident i = main(extract("4-year-old boy hit by stray bullet outside apartments in Decatur", WALL,
        "2015-12-05"));
    assertThat(i.types()).anyMatch(t -> t.type() == IncidentType.ARMED_ASSAULT);
  }

  @Test
  void selfInflictedDeathsAreAnIncident() {
    main(extract("Police in Benbrook report 2 self-inflicted deaths of teenage boys early Thursday", WALL,
        "2015-08-21"));
  }

  @Test
  void aPossibleAccidentalShootingHappened() {
    Extraction x = extract("Police: Possible accidental shooting in Auburn led to man's death", WALL, "2016-01-10");
    assertThat(main(x).status()).isEqualTo(Status.MAIN);
  }

  @Test
  void aShootingAfterWhichSomeoneUrgesSafetyHappened() {
    main(extract("Police chief urges gun safety after juvenile shot in Roanoke Rapids", WALL, "2016-08-09"));
  }

  @Test
  void aDischargedPatientIsNoShootingButADischargedGunIs() {
    List<Token> patient = List.of(token(0, "was", "be", "VBD"), token(1, "discharged", "discharge", "VBN"),
        token(2, "from", "from", "IN"), token(3, "the", "the", "DT"), token(4, "hospital", "hospital", "NN"));
    assertThat(Framing.phraseType(patient, 1)).isNull();
    List<Token> gun = List.of(token(0, "he", "he", "PRP"), token(1, "discharged", "discharge", "VBD"),
        token(2, "a", "a", "DT"), token(3, "handgun", "handgun", "NN"));
    assertThat(Framing.phraseType(gun, 1)).isEqualTo(IncidentType.ARMED_ASSAULT);
  }

  private static Token token(int index, String word, String lemma, String pos) {
    return new Token(index, word, 0, 0, lemma, pos, "O", null);
  }
}
