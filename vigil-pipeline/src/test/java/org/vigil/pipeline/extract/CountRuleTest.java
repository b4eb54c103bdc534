package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * Casualty counts the parse gets wrong or leaves implicit: states after the counted noun, people counted one by
 * one beside the dead, pronouns. Sentences written for these tests, through the real pipeline.
 */
class CountRuleTest {

  static Incident main(String text) {
    Incident i = extract(text, "2015-01-07").main();
    assertThat(i).as("main incident of: %s", text).isNotNull();
    return i;
  }

  @Test
  void aStateAfterTheCountedNounGivesItsKind() {
    Incident i = main("A shooting on Sunday left one man dead and six others wounded.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(6);
  }

  @Test
  void anAdverbMayStandBetweenNumberAndParticiple() {
    Incident i = main("After the shooting on Sunday, five people were dead and one seriously wounded.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(5);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void oneMoreWoundedBesideTheDead() {
    Incident i = main("Three people were shot and killed and a fourth was wounded early Sunday in a parking lot.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void shotBesideTheDeadIsNotCountedAsHurt() {
    // the one shot is the one who died
    Incident i = main("A man was shot on Sunday and later died at a hospital.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void sheDiedCountsOne() {
    Incident i = main("The child was taken to a hospital after the shooting on Monday, where she later died.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void heWasPronouncedDeadCountsOne() {
    Incident i = main("Authorities said he was pronounced dead at 10:10 p.m. Monday after the shooting.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aDeathThatDidNotHappenIsNotCounted() {
    Incident i = main("He was shot on Monday and could have died, the police said.");
    assertThat(i.figure(FigureKind.KILLED)).isNull();
  }

  @Test
  void foundShotToDeath() {
    Incident i = main("Three people were found shot to death inside a car on Monday.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
  }

  @Test
  void heWasShotCountsOneHurt() {
    Incident i = main("He was shot three times on Monday and survived.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aShootingDeathAtTheEndOfAHeadline() {
    Incident i = main("Attempt to deal with stray dogs led to accidental shooting death");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aHeadlinesPassiveWithoutItsAuxiliary() {
    Incident i = main("9-year-old boy fatally shot in hunting accident");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aHeadlinesCountOfPeopleShot() {
    Incident i = main("Four teens shot after party on Saturday");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
    Incident j = main("7 Shot, 3 Dead after drive-by shooting on Saturday");
    assertThat(j.figure(FigureKind.KILLED)).isEqualTo(3);
    assertThat(j.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void struckByGunfireIsShot() {
    Incident i = main("Four teenagers were struck by gunfire outside a store on Sunday.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void oneWhoSurvivedStandsBesideTheDead() {
    Incident i = main("The gunman killed two people at a farm on Thursday. A neighbor's wife was shot but "
        + "survived.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aCountOfEveryoneShotReplacesOneVictim() {
    Incident i = main("A 12-year-old was in critical condition on Tuesday after the shooting. Four teens were shot "
        + "on the court behind a church.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aHarmThatDidNotHappenIsNoInjury() {
    Incident i = main("A teen was charged on Monday in the fatal shooting of his friend. He did not mean to hurt "
        + "him, his lawyer said.");
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void aCountOfTheDeadToldApartFromTheKillersDeathIncludesHim() {
    Incident i = main("Four people are dead after an overnight shooting at a home on Sunday. The suspect later "
        + "died from a self-inflicted gunshot wound.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
    // told in one sentence, the dead before the killer's own death are the victims
    Incident j = main("A shooting rampage on Sunday left seven people dead before the gunman killed himself.");
    assertThat(j.figure(FigureKind.KILLED)).isEqualTo(7);
  }

  @Test
  void foundDeadAndLaterDiedCountOne() {
    assertThat(main("When police arrived after the shooting on Saturday, they found 16-year-old John Smith dead from a "
        + "gunshot wound.").figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(main("The 6-year-old was taken to a hospital after the shooting on Monday but later died.")
        .figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aCountShotAndKilledAfterItsNoun() {
    assertThat(main("Police released the identities of two men shot and killed in a house party on Saturday.")
        .figure(FigureKind.KILLED)).isEqualTo(2);
  }

  @Test
  void aHeadlinesConditionAndAShotOfOnesOwnHandCountOneHurt() {
    assertThat(main("Boy stable after accidental shooting").figure(FigureKind.INJURED)).isEqualTo(1);
    assertThat(main("Police say his young son found a gun in a tackle box on Monday and shot his own hand.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void peopleNamedBesideACountAddToIt() {
    Incident i = main("Police found a teenager dead on Saturday. A woman and two other men were also shot and taken "
        + "to a hospital.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
    // "other" beside a named victim sets the six apart from him, not from the dead: seven shot, one of them dead
    Incident all = main("A 13-year-old boy and six other people were shot on Friday evening. The 13-year-old was dead "
        + "at the scene.");
    assertThat(all.figure(FigureKind.INJURED)).isEqualTo(6);
    assertThat(main("A 12-year-old was in critical condition on Tuesday after he and three others were shot on a "
        + "basketball court.").figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aRoundUpsSumIsNotTheIncidentsCount() {
    Incident i = main("Six people were injured in two separate shootings on Wednesday night. In the first, four "
        + "people were shot in the 1100 block of Alabama Street.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aSpateOfNamedDaysGunfireIsARoundUp() {
    Incident i = main("A spate of Fourth of July gunfire left 20 people wounded across the city on Monday night. "
        + "In the largest, a gunman wounded seven people at a backyard party on Elm Street.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(7);
  }

  @Test
  void shootingsOfANamedPlaceAreARoundUp() {
    Incident i = main("Six people were wounded in two South Side shootings on Sunday. In the latest, four people "
        + "were shot on Elm Street.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void shootingsCitywideAreARoundUp() {
    Incident i = main("At least 15 people were wounded in shootings citywide on Sunday. In the largest, four men "
        + "were shot on Elm Street.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void shootingsOfThePastWeekendAreARoundUp() {
    Incident i = main("At least 43 people were wounded in shootings in Chicago this past weekend. In the largest, "
        + "four men were shot on Elm Street.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void separateAccidentalShootingsAreARoundUp() {
    Incident i = main("Two boys were injured on Sunday in separate accidental shootings. A 9-year-old boy was shot in "
        + "the leg on Elm Street.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void anotherInCareBesideTheDeadIsHurt() {
    Incident i = main("Four people are dead and another is fighting for her life after a shooting on Sunday.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(4);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void anAgeShotIsOneHurt() {
    assertThat(main("Officers responding to the shooting on Saturday found a 3-year-old shot in the stomach.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aCountInARecalledMonthJoinsTheMainIncidentsDay() {
    Incident i = main("Three men were charged in a July 2014 shooting that left a boy dead and six other people "
        + "wounded. They face charges in connection with a shooting on July 25 2014 in the 700 block of South "
        + "California, police said.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(6);
  }

  @Test
  void aStateAFewWordsAfterTheCountAndAChildWhoShotHimself() {
    Incident i = main("A shooting rampage on Wednesday left four troops including the gunman dead and 16 others "
        + "injured.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(4);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(16);
    assertThat(main("A 4-year-old boy fatally shot himself at a babysitter's house on Sunday.")
        .figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aMultiplyingWordCounts() {
    Incident i = main("One man dead after triple shooting in Buffalo on Saturday night.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
    assertThat(main("A gunman killed his family in a quadruple homicide on Sunday.")
        .figure(FigureKind.KILLED)).isEqualTo(4);
  }

  @Test
  void aHeadlineBehindALogInWallStillTellsTheIncident() {
    String wall = "Get email notifications daily! Your notification has been saved.";
    Incident shootout = extract("Shootout at tavern popular with police leaves 1 dead, injures five", wall,
        "2014-12-03").main();
    assertThat(shootout).isNotNull();
    assertThat(shootout.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(shootout.figure(FigureKind.INJURED)).isEqualTo(5);
    Incident child = extract("Killeen 2-year-old in critical condition from gunshot", wall, "2014-12-06").main();
    assertThat(child).isNotNull();
    assertThat(child.figure(FigureKind.INJURED)).isEqualTo(1);
    Incident boy = extract("Police: 10-year-old boy critical after accidental shooting", wall, "2015-06-15").main();
    assertThat(boy).isNotNull();
    assertThat(boy.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void theDeadFoundInAMurderSuicideIncludeTheKiller() {
    Incident i = main("Officers found the 7-year-old girl and her father, 56, dead inside their home Wednesday after "
        + "being called to the home by the girl's mother. Police say it was a murder-suicide.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
  }

  @Test
  void aVictimRightBeforeFatallyShotBodiesAndTheWoundsOfTheDead() {
    assertThat(main("Police have identified the teenager fatally shot May 4 on the first block of Roosevelt Avenue.")
        .figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(main("All four bodies were found around 11:50 a.m. Wednesday in a home after a shooting.")
        .figure(FigureKind.KILLED)).isEqualTo(4);
    Incident i = main("Police found three people dead in a home on Tuesday. All three had suffered gunshot wounds.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void noOneDiedIsNoDeath() {
    Incident i = main("A 3-year-old boy shot his mother in the leg on Monday. It is a blessing that no one died.");
    assertThat(i.figure(FigureKind.KILLED)).isNull();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aShotInOnesOwnLegAndAHeadlinesWoundedChild() {
    assertThat(main("Police said the boy found a handgun at home on Sunday and accidentally shot himself in the leg.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
    Incident boy = extract("Boy, 3, wounded in accidental shooting in Florissant, police say", "You are the owner "
        + "of this article.", "2015-02-23").main();
    assertThat(boy.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void victimsNamedOneAfterAnotherAndAlsoHitBesideTheDead() {
    Incident i = main("A 6-year-old is dead after a drive-by shooting on Wednesday night. "
        + "A 15-year-old male and a 69-year-old male in the vehicle were also hit by gunfire.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
    Incident named = main("Police said Parish fired multiple shots on Monday, killing Sarah Davidson at the scene and "
        + "injuring Leanne Smith and Dustin Grey.");
    assertThat(named.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void peopleTakenToAHospitalCountAsWeaklyAsEveryoneShot() {
    assertThat(main("Five people on the bus went to the hospital after the shooting on Sunday.")
        .figure(FigureKind.INJURED)).isEqualTo(5);
    // an explicit count of the hurt replaces them
    assertThat(main("Four people were injured in the shooting on Sunday. Two were taken to a hospital.")
        .figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void aNumberedVictimBeyondThoseCountedRaisesTheHurt() {
    assertThat(main("At least three people were shot outside the concert venue on Friday night. One woman and two "
        + "men were taken to a hospital and a fourth victim drove herself to a hospital.")
        .figure(FigureKind.INJURED)).isEqualTo(4);
    // a numbered victim among those counted changes nothing
    assertThat(main("Three people were shot dead at a home on Tuesday. The third victim was identified as a "
        + "44-year-old man.").figure(FigureKind.INJURED)).isNull();
    // a list of the victims' names numbers them too
    assertThat(main("Three people were shot in a van outside a church on Wednesday night. The victims were identified "
        + "as John Lee, 24, Gabriel Smith, 26, Maria Valentino, 21, and Robert Acosta, 23.")
        .figure(FigureKind.INJURED)).isEqualTo(4);
    // a headline's "Fourth victim" beside three dead
    assertThat(extract("Fourth victim escaped during slayings, recovering from wounds", "Three people were killed "
        + "early Monday at a mobile home on Elm Street.", "2015-01-07").main().figure(FigureKind.INJURED)).isEqualTo(1);
    // nor does one only thought of
    assertThat(main("Two people were killed and two others injured in a shooting on Sunday. Police said there may be "
        + "a fifth victim.").figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void shotsFiredAtPeopleAreNoCountOfTheHurt() {
    // "allegedly shooting at 5 people, including two children" (Session 16, hurt16b): five fired at, two hit
    assertThat(main("A 17-year-old was arrested on Thursday for allegedly shooting at 5 people, including two "
        + "children, in a drive-by. Two children were hit by gunfire at the home on Wednesday night.")
        .figure(FigureKind.INJURED)).isEqualTo(2);
    // the shooters: "when two people shot at them"
    assertThat(main("A family of three was walking away from a park on Wednesday night when two people shot at "
        + "them, police said. A 7-year-old girl was wounded.").figure(FigureKind.INJURED)).isEqualTo(1);
    // a place after "at" aims at no one
    assertThat(main("Four people were shot at a party on Elm Street on Saturday night.")
        .figure(FigureKind.INJURED)).isEqualTo(4);
  }

  @Test
  void woundUpTellsNoOneHurt() {
    // "Three people wound up dead early Thursday" (Session 16, hurt16b): the past of "wind"
    assertThat(main("CHICAGO - Three people wound up dead early Thursday after gunfire erupted following a dispute "
        + "over a curbside parking spot in the Back of the Yards neighborhood, the newspaper reported.")
        .figure(FigureKind.INJURED)).isNull();
    // but "wound up in the hospital" are hurt
    assertThat(main("Three people wound up in the hospital after gunfire erupted on Elm Street on Thursday.")
        .figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void aNumberedVictimToldDeadInTheNextSentenceIsOneOfTheDead() {
    // "The fourth victim, Scobee, lived at the complex … He was shot with the shotgun and died." (Session 16, hurt16b)
    assertThat(main("A gunman fatally shot three men at an apartment complex on Elm Street on Sunday. The fourth "
        + "victim, John Parker, lived at the complex and was trying to call 911, police said. He was shot with the "
        + "shotgun and died.").figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void aNameInThePossessiveIsNoVictimOfTheList() {
    // "Green's mother, Sallie Green, 57; …; and Cizek's children, …" (Session 16, hurt16b): four victims, all dead
    assertThat(main("Four people were shot and killed in a home on Elm Street on Tuesday. The "
        + "victims were identified as Miller's mother, Sarah Miller, 57; his sister, Rachel Parker, 34; and Parker's "
        + "children, Kathy Parker, 16, and Tommy Parker, 6.").figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void anOrdinalWithNoNounBeforeItsHarmRaisesTheHurt() {
    // a headline's "Three men shot, a fourth wounded by shrapnel" (Session 15, hurt15a)
    assertThat(extract("Three men shot, a fourth wounded by shrapnel on Elm Street", "Police were called on Wednesday "
        + "night about a shooting on Elm Street.", "2015-01-07").main().figure(FigureKind.INJURED)).isEqualTo(4);
    assertThat(main("Three people were shot on Elm Street on Sunday night. A fourth was also shot, police said.")
        .figure(FigureKind.INJURED)).isEqualTo(4);
    // "a second shot" is a shot fired, not someone shot
    assertThat(main("A man was shot on Elm Street on Sunday night. The gunman fired a second shot at the car.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void gunfireThatStrikesPeopleShootsThem() {
    Incident i = main("A man was killed in the shooting on Copeland Street on Sunday. Gunfire struck Milner and three "
        + "others.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
  }

  @Test
  void aHeadlineThatRepeatsARoundUpsSumIsNotTheIncidentsFigure() {
    Incident i = extract("2 dead, 7 hurt after shootings on the east side", "Four separate shootings on Saturday left "
        + "two men dead and seven others wounded. In the first, a 53-year-old man was shot at a gas station on "
        + "Saturday.", "2015-06-08").main();
    assertThat(i.figure(FigureKind.KILLED)).isNull();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aHeadlinesOthersShotBesideTheDeadAreHurt() {
    Incident i = extract("13-year-old boy killed, 6 others shot on West Side", "You are the owner of this article.",
        "2014-07-26").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(6);
  }

  @Test
  void aCountOfGunshotVictimsCountsEveryoneHit() {
    // "four gunshot victims" counts everyone hit whatever the verb: the dead come off
    Incident i = main("A woman was killed in a shooting on Main Street on Tuesday. Upon arrival, officers found four "
        + "gunshot victims including a one-year-old infant.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
    // fewer of them than the dead: victims named among the dead, so the one hurt stands
    i = extract("Sheriff releases names of 3 shooting victims", "A shooting rampage on Friday left seven people "
        + "dead. A 67-year-old woman who was injured is in a hospital.", "2015-01-07").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(7);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aShootingOfOnePersonCountsOneHurt() {
    // the victim named after "shooting of": one person shot, and no death reported
    assertThat(extract("Man arrested for accidental shooting of 10-year-old boy", "A man was arrested on Monday after "
        + "the gun he was handling went off at a home on Elm Street.", "2015-01-07").main()
        .figure(FigureKind.INJURED)).isEqualTo(1);
    assertThat(main("Police are investigating the shooting of his nephew at a home on Tuesday.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
    // a fatal one is a death, not a hurt
    Incident fatal = main("Police are investigating the fatal shooting of a 10-year-old boy on Tuesday.");
    assertThat(fatal.figure(FigureKind.INJURED)).isNull();
    assertThat(fatal.figure(FigureKind.KILLED)).isEqualTo(1);
  }

  @Test
  void theDeadAmongThoseCountedComeOff() {
    Incident i = main("Police responded to a shooting on Fourth Street on Monday, where they found four victims "
        + "wounded, two of them already dead.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void oneHurtOfTheAgeOfOneDeadIsTheSamePersonTold() {
    // told as the news came in: hurt first, then dead; the same age says it is one person
    Incident i = main("Officials say an accidental shooting on Christmas night has killed a 16-year-old. Police say "
        + "the shooting on Thursday critically injured a 16-year-old.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
    // another age is another person
    i = main("A shooting on Thursday killed a 16-year-old. Police say the shooting also critically injured a "
        + "40-year-old.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aHeadlinesSumOverAPairOfShootingsIsNotTheIncidentsFigure() {
    // the round-up may be told in the headline alone, as "a pair of shootings"
    Incident i = extract("1 dead, 4 wounded in pair of shootings", "A man was shot and killed on Wednesday and two "
        + "others were wounded.", "2015-06-10").main();
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void aGrazedOrHospitalizedVictimIsHurt() {
    assertThat(main("During a shooting on Monday, a bullet grazed a 2-year-old boy.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
    assertThat(main("A 5-year-old girl was hospitalized Thursday after an accidental shooting.")
        .figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aVictimToldAliveBesideTheDeadIsAnother() {
    // one hurt beside a death is most often the dead described again, unless the sentence tells them alive
    Incident i = main("A man was shot and killed on Main Street on Tuesday. His brother was taken to a hospital and "
        + "remains in critical condition.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
    i = main("A man was shot and killed on Main Street on Tuesday. The man was taken to a hospital.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
    assertThat(i.figure(FigureKind.INJURED)).isNull();
  }

  @Test
  void animalsKilledAreNoCasualties() {
    Incident i = main("A man was shot and wounded by a companion on Saturday. As of late Sunday evening, 108,780 "
        + "deer had been killed this weekend.");
    assertThat(i.figure(FigureKind.KILLED)).isNull();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void releasedFromTheHospitalIsNoHostageFreed() {
    Incident i = main("A shooting outside a club on Sunday wounded five people. Four victims have been released from "
        + "the hospital.");
    assertThat(i.figure(FigureKind.HOSTAGES_FREED)).isNull();
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(5);
  }

  @Test
  void oneTakenAwayWithAGunshotWoundIsHurt() {
    assertThat(main("After a shooting on Monday, a 2-year-old boy was taken to an emergency room with a gunshot wound "
        + "to the abdomen.").figure(FigureKind.INJURED)).isEqualTo(1);
  }
}
