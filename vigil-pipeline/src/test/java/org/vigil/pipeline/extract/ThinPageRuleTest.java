package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.pipeline.annotate.Token;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;
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

  /** The figure of {@code kind} of the main incident of a headline over a log-in wall. */
  private static Integer headline(String headline, FigureKind kind) {
    return main(extract(headline, WALL, "2016-08-19")).figure(kind);
  }

  @Test
  void aHeadlinesPersonShotWithNoObjectIsHurt() {
    // the tagger makes "shot" an active verb with the woman its subject; in headline English it is the passive
    assertThat(headline("Pleasantville woman shot in foot as she holds baby", FigureKind.INJURED)).isEqualTo(1);
    assertThat(headline("Toddler shot in head in intensive care", FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aHeadlinesPersonHitGrazedOrWithAGunshotWoundIsHurt() {
    assertThat(headline("Child grazed by bullet in Columbus shooting on Fourth Street", FigureKind.INJURED))
        .isEqualTo(1);
    assertThat(headline("16-year-old suffers accidental gunshot wound", FigureKind.INJURED)).isEqualTo(1);
    assertThat(headline("Police officer serious but stable after Sunday shooting", FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aHeadlinesPeopleJoinedByACommaAreHurtOneEach() {
    assertThat(headline("Porterville officer, suspect wounded in exchange of gunfire", FigureKind.INJURED))
        .isEqualTo(2);
    assertThat(headline("Man, woman wounded in shooting on Elm Street", FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void aHeadlinesPersonWhoShotSomeoneOrDiedIsNotHurt() {
    // "shot 2": the man is the shooter, the count is the figure rules' to read
    assertThat(headline("Man shot 2 outside a bar in Elm City", FigureKind.INJURED)).isNotEqualTo(1);
    assertThat(headline("Teen shot in deadly Hammond shooting", FigureKind.INJURED)).isNull();
  }

  @Test
  void aHeadlinesDeathsJoinedByACommaOrOfOnesOwnShot() {
    assertThat(headline("Woman, 3-year-old dead after shooting in home", FigureKind.KILLED)).isEqualTo(2);
    assertThat(headline("Police: Child accidentally shoots, kills self in Gwinnett County", FigureKind.KILLED))
        .isEqualTo(1);
  }

  @Test
  void aHeadlinesPersonsOwnDeathOrAVictimsFatalShootingIsOneDead() {
    assertThat(headline("Police: Possible accidental shooting in Auburn led to man's death", FigureKind.KILLED))
        .isEqualTo(1);
    assertThat(headline("Victim ID'd in fatal Hammond shooting", FigureKind.KILLED)).isEqualTo(1);
    assertThat(headline("10-year-old boy accidentally shoots and kills himself", FigureKind.KILLED)).isEqualTo(1);
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
