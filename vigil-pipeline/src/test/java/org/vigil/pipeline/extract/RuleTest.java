package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.model.Attribution;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentType;
import org.vigil.model.Qualifier;
import org.vigil.model.Quote;
import org.vigil.model.Status;
import org.vigil.model.TimePrecision;
import org.vigil.model.WeaponType;

/**
 * Rule-level tests: sentences written for these tests (not taken from any evaluation set), one behaviour each,
 * through the real pipeline (CoreNLP and the bundled gazetteer).
 */
class RuleTest {

  private static Incident main(Extraction x) {
    assertThat(x.main()).as("main incident of %s", x.incidents()).isNotNull();
    return x.main();
  }

  private static Incident main(String text, String published) {
    return main(extract(text, published));
  }

  @Nested
  class Figures {
    @Test
    void killedAsObjectOfVerb() {
      Incident i = main("Gunmen killed five people at a market in Kano on Tuesday.", "2021-03-05");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(5);
    }

    @Test
    void atLeastWoundedInPassive() {
      Incident i = main("At least 12 people were wounded when a bomb exploded near a bus station in Quetta.",
          "2020-01-10");
      var f = i.figures().stream().filter(x -> x.kind() == FigureKind.INJURED).findFirst().orElseThrow();
      assertThat(f.best()).isEqualTo(12);
      assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
      assertThat(f.high()).isNull();
    }

    @Test
    void theInjuredAreThoseShotButNotKilled() {
      Incident i = main("Four people were shot, one fatally, at a park in Stockton on Wednesday.", "2014-02-12");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
      assertThat(i.figure(FigureKind.INJURED)).isEqualTo(3);
    }

    @Test
    void everyoneShotIsInjuredWhenNoneDied() {
      Incident i = main("Five people were shot in an apartment complex in Memphis on Wednesday night.",
          "2014-08-20");
      assertThat(i.figure(FigureKind.INJURED)).isEqualTo(5);
    }

    @Test
    void shotAndKilledIsKilled() {
      Incident i = main("Two men were shot and killed outside a bar in Dallas on Sunday.", "2014-02-16");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
      assertThat(i.figure(FigureKind.INJURED)).isNull();
    }

    @Test
    void anExplicitInjuredCountBeatsTheShotCount() {
      Incident i = main("Six people were shot at a party in Chicago on Sunday. One man died and four others "
          + "were wounded, police said.", "2014-03-09");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
      assertThat(i.figure(FigureKind.INJURED)).isEqualTo(4);
    }

    @Test
    void aDeathNamedByANounCountsItsVictims() {
      Incident i = main("Police are investigating the shooting death of a 14-year-old boy in Shelton on Tuesday "
          + "night.", "2014-06-25");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
      Incident two = main("A man was arrested in Decatur for the killing of two men in a shooting in May.",
          "2014-06-13");
      assertThat(two.figure(FigureKind.KILLED)).isEqualTo(2);
    }

    @Test
    void peopleSentToHospitalOrShotInTheirOwnHandAreInjured() {
      assertThat(main("A shooting at a bar in Kokomo sent four people to the hospital on Sunday.", "2014-06-15")
          .figure(FigureKind.INJURED)).isEqualTo(4);
      assertThat(main("Four kids were shot in the legs in Brooklyn on Friday.", "2014-03-15")
          .figure(FigureKind.INJURED)).isEqualTo(4);
      assertThat(main("Police say his 3-year-old son shot himself in the hand with a gun in Jacksonville on Sunday.",
          "2015-03-02").figure(FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void oneVictimNamedByARelativeClauseAConditionOrAWound() {
      assertThat(main("A 4-year-old girl who was shot inside a home on Maple Street on Saturday was taken to a "
          + "hospital.", "2015-05-10").figure(FigureKind.INJURED)).isEqualTo(1);
      assertThat(main("A teenager is in critical condition after a shooting in Dayton on Monday.", "2015-05-12")
          .figure(FigureKind.INJURED)).isEqualTo(1);
      assertThat(main("A 12-year-old boy suffered a gunshot wound in a shooting in Akron early Friday.", "2015-05-09")
          .figure(FigureKind.INJURED)).isEqualTo(1);
      assertThat(main("The boy found a pistol in a drawer and shot himself in the leg in Yuma on Sunday, police said.",
          "2015-05-11").figure(FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void oneVictimTakenToAHospitalOrShotAsAPronoun() {
      assertThat(main("A 5-year-old girl was taken to a hospital after a shooting in Peoria on Sunday.",
          "2015-04-06").figure(FigureKind.INJURED)).isEqualTo(1);
      assertThat(main("A toddler found a handgun in Ocala on Sunday and shot her in the leg.", "2015-04-06")
          .figure(FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void aKillerWhoKilledHimselfIsAPerpetratorKilled() {
      Incident i = main("A gunman shot and killed three people at a diner in Tulsa on Friday before turning the gun "
          + "on himself.", "2015-04-04");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
      assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
    }

    @Test
    void aBareNumberAfterAHarmVerbCountsPeople() {
      Incident i = main("A man shot four relatives in Macon on Sunday, killing two, then himself.", "2015-04-06");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
      assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(1);
      assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
    }

    @Test
    void oneDeathWithoutANumber() {
      assertThat(main("Man killed, woman hurt in drive-by shooting in Macon.", "2015-04-02")
          .figure(FigureKind.KILLED)).isEqualTo(1);
      assertThat(main("A shooting in Tulsa late Friday left a 19-year-old man dead and two others injured.",
          "2015-04-04").figure(FigureKind.KILLED)).isEqualTo(1);
      assertThat(main("Police are investigating a shooting that claimed the life of a 15-year-old in Gary.",
          "2015-04-04").figure(FigureKind.KILLED)).isEqualTo(1);
      assertThat(main("A 4-year-old is dead after a shooting in Flint on Thursday.", "2015-04-04")
          .figure(FigureKind.KILLED)).isEqualTo(1);
      assertThat(main("A teenager accidentally shot and killed one of his cousins in Yakima in March.", "2015-04-04")
          .figure(FigureKind.KILLED)).isEqualTo(1);
      assertThat(main("Gunfire erupted outside a store in Erie on Monday, killing him.", "2015-04-04")
          .figure(FigureKind.KILLED)).isEqualTo(1);
    }

    @Test
    void aVictimShotAndKilledIsNotAlsoCountedAsInjured() {
      Incident i = main("A 16-year-old was fatally shot in Omaha on Sunday. The boy was shot in the chest.",
          "2015-04-06");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
      assertThat(i.figure(FigureKind.INJURED)).isNull();
    }

    @Test
    void deadAndInjuredAfterNumbers() {
      Incident i = main("A bomb blast at a wedding left three dead and 20 injured.", "2020-01-10");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(3);
      assertThat(i.figure(FigureKind.INJURED)).isEqualTo(20);
    }

    @Test
    void vagueAmountFollowsAcledConvention() {
      Incident i = main("Police said 14 people died and dozens were injured in the explosion.", "2020-01-10");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(14);
      assertThat(i.figure(FigureKind.INJURED)).isEqualTo(12);
    }

    @Test
    void tollUpdateReplacesTheFirstFigure() {
      Incident i = main("A suicide bomber killed 20 people at a mosque in Peshawar on Friday. "
          + "The death toll rose to 27 on Saturday, officials said.", "2019-05-12");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(27);
      assertThat(i.hasType(IncidentType.SUICIDE_BOMBING)).isTrue();
    }

    @Test
    void kidnappedStudents() {
      Incident i = main("Militants abducted 30 students from a school in northern Nigeria.", "2021-02-27");
      assertThat(i.figure(FigureKind.KIDNAPPED)).isEqualTo(30);
      assertThat(i.hasType(IncidentType.KIDNAPPING)).isTrue();
    }

    @Test
    void hostagesFreed() {
      Incident i = main("Security forces freed 12 hostages after a six-hour siege at a hotel.", "2019-01-16");
      assertThat(i.figure(FigureKind.HOSTAGES_FREED)).isEqualTo(12);
    }

    @Test
    void perpetratorsKilledAreKeptApartFromVictims() {
      Incident i = main("Gunmen attacked a police station. Three attackers were killed by the police.",
          "2019-01-16");
      assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).isEqualTo(3);
      assertThat(i.figure(FigureKind.KILLED)).isNull();
    }

    @Test
    void suspectsArrested() {
      Incident i = main("A bomb exploded at a checkpoint. Two suspects were arrested on Monday.", "2019-01-16");
      assertThat(i.figure(FigureKind.PERPETRATORS_ARRESTED)).isEqualTo(2);
    }

    @Test
    void troopStrengthIsNotACasualty() {
      Incident i = main("Gunmen attacked a hotel in Bamako on Sunday, killing two people. "
          + "About 2,000 French troops are based in the country.", "2017-06-19");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
      assertThat(i.figures()).noneMatch(f -> f.best() == 2000);
    }

    @Test
    void injuriesCountedOneByOne() {
      assertThat(main("A 7-year-old girl was shot in the leg in Durham on Wednesday.", "2014-06-06")
          .figure(FigureKind.INJURED)).isEqualTo(1);
      assertThat(main("Three people were killed and another injured in a shooting in Tulsa on Saturday.",
          "2014-06-06").figure(FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void deathsCountedOneByOne() {
      Incident i = main("A soldier and a policeman were shot dead by gunmen in Chibok on Monday.", "2014-04-16");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(2);
    }

    @Test
    void coordinatedGroupsAddUp() {
      Incident i = main("Gunmen stormed a mall in Nairobi on Saturday. Officials said 61 civilians were confirmed "
          + "dead and six soldiers died in the fighting.", "2013-09-25");
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(67);
    }

    @Test
    void perpetratorCountWithUpTo() {
      Incident i = main("Up to four gunmen stormed a hotel in Nairobi on Tuesday.", "2019-01-16");
      assertThat(i.perpetrators()).anySatisfy(p -> {
        assertThat(p.description()).isEqualTo("gunmen");
        assertThat(p.countHigh()).isEqualTo(4);
      });
    }
  }

  @Nested
  class Dates {
    @Test
    void weekdayIsTheLastSuchDayOnOrBeforePublication() {
      Incident i = main("Gunmen attacked a bar in Bamako on Sunday.", "2017-06-19");
      assertThat(i.time().start()).isEqualTo(LocalDate.of(2017, 6, 18));
      assertThat(i.time().phrase()).isEqualTo("Sunday");
    }

    @Test
    void weekdayOfThePublicationDayIsThatDay() {
      Incident i = main("A bomb exploded in Kabul on Monday.", "2017-06-19");
      assertThat(i.time().start()).isEqualTo(LocalDate.of(2017, 6, 19));
    }

    @Test
    void weekdayWithoutPublicationDateStaysUnresolved() {
      Incident i = main("A bomb exploded in Kabul on Sunday.", null);
      assertThat(i.time().precision()).isEqualTo(TimePrecision.UNRESOLVED);
      assertThat(i.time().start()).isNull();
    }

    @Test
    void monthWithoutYearIsThePastOne() {
      Incident i = main("A bomb exploded in a market in Kabul on June 3.", "2019-01-10");
      assertThat(i.time().start()).isEqualTo(LocalDate.of(2018, 6, 3));
    }

    @Test
    void yesterdayIsTheDayBeforePublication() {
      Incident i = main("Gunmen killed a teacher in Peshawar yesterday.", "2019-01-10");
      assertThat(i.time().start()).isEqualTo(LocalDate.of(2019, 1, 9));
    }

    @Test
    void aDayOnTheShootingBeatsADayOnSomethingElse() {
      Incident i = main("A 12-year-old was in critical condition Tuesday after he and three others were shot in "
          + "Tarboro. The four boys were shot on a basketball court at about 6 p.m. Monday, police said.",
          "2015-06-10");
      assertThat(i.time().start()).isEqualTo(LocalDate.of(2015, 6, 8));
    }

    @Test
    void aFollowUpWhoseLeadDatesAnOldShootingIsAboutThatShooting() {
      Incident i = main("A Dayton man was found guilty Tuesday in a May 25 shooting that killed one man. "
          + "The victim was shot in the head outside a bar, prosecutors said.", "2014-11-18");
      assertThat(i.time().start()).isEqualTo(LocalDate.of(2014, 5, 25));
    }

    @Test
    void aWeekdayFollowedByItsDateIsThatDate() {
      Incident i = main("A teen has been arrested in connection with a shooting that took place during a party in "
          + "Indio on Saturday, May 17.", "2014-06-04");
      assertThat(i.time().start()).isEqualTo(LocalDate.of(2014, 5, 17));
    }

    @Test
    void aDateStampedWithAClockTimeIsThePagesOwn() {
      Incident i = main("March 25, 2014 12:45 PM. Two men were shot outside a bar in Oakland on Sunday night.",
          "2014-03-25");
      assertThat(i.time().start()).isEqualTo(LocalDate.of(2014, 3, 23));
    }

    @Test
    void thatYearTakesTheLastYearNamed() {
      Extraction x = extract("Gunmen attacked a hotel in Bamako on Sunday, killing two people. "
          + "Rebels seized the north in 2015. In March that year, a grenade attack on a bar in Bamako killed five "
          + "people.", "2017-06-19");
      Incident bg = x.incidents().stream().filter(i -> i.status() == Status.HISTORICAL)
          .filter(i -> Integer.valueOf(5).equals(i.figure(FigureKind.KILLED))).findFirst().orElseThrow();
      assertThat(bg.time().start()).isEqualTo(LocalDate.of(2015, 3, 1));
      assertThat(bg.time().precision()).isEqualTo(TimePrecision.MONTH);
    }
  }

  @Nested
  class Background {
    @Test
    void thatAttackIsAnEarlierIncident() {
      Extraction x = extract("Gunmen attacked a hotel in Nairobi on Tuesday, killing 14 people. "
          + "In 2013, militants stormed a shopping mall in the city. That attack left 67 dead.", "2019-01-16");
      assertThat(main(x).figure(FigureKind.KILLED)).isEqualTo(14);
      assertThat(x.incidents()).anySatisfy(i -> {
        assertThat(i.status()).isEqualTo(Status.HISTORICAL);
        assertThat(i.figure(FigureKind.KILLED)).isEqualTo(67);
      });
    }

    @Test
    void lastMonthIsAnEarlierIncident() {
      Extraction x = extract("Gunmen attacked a university college in Garissa early on Thursday, killing at least "
          + "two people. Last month, militants claimed responsibility for attacks in Mandera in which twelve people "
          + "died.", "2015-04-03");
      assertThat(main(x).figure(FigureKind.KILLED)).isEqualTo(2);
      assertThat(main(x).place().resolvedName()).isEqualTo("Garissa");
      assertThat(x.incidents()).anySatisfy(i -> {
        assertThat(i.status()).isEqualTo(Status.HISTORICAL);
        assertThat(i.figure(FigureKind.KILLED)).isEqualTo(12);
      });
    }

    @Test
    void aWholeEarlierMonthIsAnEarlierIncident() {
      // May ends within 31 days of June 10: the month itself, not its distance, makes it another incident
      Extraction x = extract("Gunmen attacked a hotel in Bamako on Sunday, killing two people. In May, a grenade "
          + "attack on a bar in Bamako killed five people.", "2017-06-10");
      assertThat(main(x).figure(FigureKind.KILLED)).isEqualTo(2);
      assertThat(x.incidents()).anySatisfy(i -> {
        assertThat(i.status()).isEqualTo(Status.HISTORICAL);
        assertThat(i.figure(FigureKind.KILLED)).isEqualTo(5);
      });
    }

    @Test
    void anEarlierYearMakesABackgroundIncident() {
      Extraction x = extract("A car bomb killed nine people in Mogadishu on Saturday. "
          + "In 2017, a truck bomb killed more than 500 people in the city.", "2019-03-02");
      assertThat(main(x).figure(FigureKind.KILLED)).isEqualTo(9);
      assertThat(x.incidents()).anySatisfy(i -> {
        assertThat(i.status()).isEqualTo(Status.HISTORICAL);
        // "more than 500" is reported as 500, the conservative reading
        assertThat(i.figure(FigureKind.KILLED)).isEqualTo(500);
      });
    }

    @Test
    void aWarningIsNotAnIncident() {
      Extraction x = extract("A bomb exploded at a bus station in Quetta on Monday, wounding eight people. "
          + "The embassy had warned of possible attacks on hotels in the city.", "2019-03-05");
      assertThat(x.incidents()).hasSize(1);
      assertThat(main(x).figure(FigureKind.INJURED)).isEqualTo(8);
    }

    @Test
    void statementMadeAtTheTimeStaysOutOfTheMainIncident() {
      Extraction x = extract("Gunmen attacked a hotel in Bamako on Sunday, killing two people. "
          + "Three gunmen were killed, the minister said at the time.", "2017-06-19");
      assertThat(main(x).figure(FigureKind.PERPETRATORS_KILLED)).isNull();
      assertThat(main(x).quotes()).noneMatch(q -> q.text().contains("Three gunmen"));
    }
  }

  @Nested
  class Quotes {
    @Test
    void subjectOfSaid() {
      Extraction x = extract("Gunmen attacked a bank in Lagos on Monday. \"We will find them,\" the governor said.",
          "2019-03-05");
      assertThat(allQuotes(x)).anySatisfy(q -> {
        assertThat(q.text()).contains("We will find them");
        assertThat(q.speaker()).isEqualTo("the governor");
      });
    }

    @Test
    void accordingToNamesTheSourceAndRole() {
      Extraction x = extract("Four people were killed in a shooting in Karachi on Monday, according to police "
          + "spokesman Imran Khanzada.", "2019-03-05");
      assertThat(allQuotes(x)).anySatisfy(q -> {
        assertThat(q.speaker()).isEqualTo("Imran Khanzada");
        assertThat(q.speakerRole()).isEqualTo("police spokesman");
      });
    }

    @Test
    void pronounSpeakerIsTheLastPersonNamed() {
      Extraction x = extract("Gunmen attacked a hotel in Kabul on Monday. Commander Ali Hassan arrived at the scene."
          + "\n\n\"It was chaos,\" he said.", "2019-03-05");
      assertThat(allQuotes(x)).anySatisfy(q -> {
        assertThat(q.text()).contains("It was chaos");
        assertThat(q.speaker()).isEqualTo("Ali Hassan");
      });
    }

    @Test
    void unattributedQuoteParagraphContinuesThePreviousSpeaker() {
      Extraction x = extract("Gunmen attacked a hotel in Kabul on Monday.\n\n\"It was chaos,\" said Commander Ali "
          + "Hassan.\n\n\"We counted four dead.\"", "2019-03-05");
      assertThat(allQuotes(x)).anySatisfy(q -> {
        assertThat(q.text()).contains("four dead");
        assertThat(q.speaker()).isEqualTo("Ali Hassan");
        assertThat(q.rule()).isEqualTo("continued-quote");
      });
    }

    private java.util.List<Quote> allQuotes(Extraction x) {
      java.util.List<Quote> all = new java.util.ArrayList<>(x.otherQuotes());
      x.incidents().forEach(i -> all.addAll(i.quotes()));
      return all;
    }
  }

  @Nested
  class Actors {
    @Test
    void compoundNationality() {
      Incident i = main("Gunmen attacked a hotel in Bamako on Sunday. There are two dead, including a "
          + "Franco-Gabonese.", "2017-06-19");
      assertThat(i.victims()).anySatisfy(v -> assertThat(v.nationalities()).containsExactly("FR", "GA"));
    }

    @Test
    void pluralDemonym() {
      Incident i = main("A bomb killed six people in Kabul on Monday, including two Americans.", "2019-03-05");
      assertThat(i.victims()).anySatisfy(v -> assertThat(v.nationalities()).contains("US"));
    }

    @Test
    void claimOfResponsibility() {
      Incident i = main("A car bomb exploded in Mogadishu on Saturday. Al-Shabab claimed responsibility for the "
          + "attack.", "2019-03-02");
      assertThat(i.claimed()).isTrue();
      assertThat(i.perpetrators()).anySatisfy(p -> assertThat(p.attribution()).isEqualTo(Attribution.CLAIMED));
    }

    @Test
    void noClaim() {
      Incident i = main("Gunmen attacked a hotel in Bamako on Sunday. No group has claimed responsibility.",
          "2017-06-19");
      assertThat(i.claimed()).isFalse();
    }

    @Test
    void suspectedPerpetrators() {
      Incident i = main("Suspected militants attacked a checkpoint in Kabul on Monday.", "2019-03-05");
      assertThat(i.perpetrators()).anySatisfy(p -> assertThat(p.attribution()).isEqualTo(Attribution.SUSPECTED));
    }

    @Test
    void knifeIsMelee() {
      Incident i = main("A man stabbed three people with a knife at a station in London on Friday.", "2019-03-02");
      assertThat(i.weapons()).anySatisfy(w -> assertThat(w.type()).isEqualTo(WeaponType.MELEE));
    }

    @Test
    void grenadeAttackType() {
      Incident i = main("A grenade attack on a bar in Bujumbura killed two people on Friday.", "2019-03-02");
      assertThat(i.hasType(IncidentType.GRENADE_ATTACK)).isTrue();
      assertThat(i.weapons()).anySatisfy(w -> assertThat(w.type()).isEqualTo(WeaponType.EXPLOSIVES));
    }

    @Test
    void respondersStormed() {
      Incident i = main("Gunmen took hostages at a hotel in Nairobi on Tuesday. Special forces stormed the building "
          + "and freed the hostages.", "2019-01-16");
      assertThat(i.responders()).anySatisfy(r -> assertThat(r.description()).containsIgnoringCase("forces"));
    }

    @Test
    void siteTargetWithCategory() {
      Incident i = main("Gunmen attacked the Radisson hotel in Bamako on Friday.", "2015-11-21");
      assertThat(i.targets()).anySatisfy(t -> {
        assertThat(t.description()).contains("hotel");
        assertThat(t.category()).isEqualTo("Tourists");
      });
    }
  }

  @Nested
  class Places {
    @Test
    void unknownLocalityFallsBackToTheCapitalItIsNear() {
      Incident i = main("Gunmen took hostages at the Blue Lagoon Hotel in Zzyzxville, near Kenya's capital Nairobi, "
          + "on Tuesday.", "2019-01-16");
      assertThat(i.place().precision()).isEqualTo(2);
      assertThat(i.place().countryCode()).isEqualTo("KE");
      assertThat(i.place().near()).isEqualTo("Nairobi");
      assertThat(i.place().locality()).isEqualTo("Zzyzxville");
    }

    @Test
    void townIsPrecisionOne() {
      Incident i = main("A bomb exploded in a market in Maiduguri on Monday, killing four people.", "2019-03-05");
      assertThat(i.place().precision()).isEqualTo(1);
      assertThat(i.place().countryCode()).isEqualTo("NG");
      assertThat(i.place().lat()).isBetween(11.0, 12.5);
    }

    @Test
    void aQuarterOfTheDatelineTownIsThatTown() {
      Incident i = main("PITTSBURGH (KDKA) \u2013 One man was killed and four others were injured when gunfire "
          + "erupted overnight at a bar in Homewood.", "2014-03-01");
      assertThat(i.place().resolvedName()).isEqualTo("Pittsburgh");
      assertThat(i.place().locality()).isEqualTo("Homewood");
      assertThat(i.place().precision()).isEqualTo(2);
    }

    @Test
    void aNamedNeighbourhoodOrStreetIsNotATown() {
      Incident i = main("A gunman opened fire on a home in the Austin neighborhood on Sunday, wounding six people. "
          + "The shooting happened in the 4900 block of West Race Avenue, a Chicago Police Department spokesman "
          + "said.", "2014-03-09");
      assertThat(i.place().resolvedName()).isEqualTo("Chicago");
      assertThat(i.place().precision()).isEqualTo(2);
    }

    @Test
    void theHeadlineNamesTheTownTheBodyLeavesOut() {
      Incident i = main(extract("Four people shot outside Kokomo nightclub",
          "Police said four people were shot outside a nightclub early on Sunday.", "2014-06-15"));
      assertThat(i.place().resolvedName()).isEqualTo("Kokomo");
      assertThat(i.place().admin1()).isEqualTo("Indiana");
    }

    @Test
    void theOutletTownInThePageTitleIsTheLastClue() {
      Incident i = main(extract("Five people shot in apartment complex - WMC Action News 5 - Memphis, Tennessee",
          "Five people were shot in an apartment complex on Wednesday night.", "2014-08-20"));
      assertThat(i.place().resolvedName()).isEqualTo("Memphis");
      assertThat(i.place().admin1()).isEqualTo("Tennessee");
      assertThat(i.place().precision()).isEqualTo(2);
    }

    @Test
    void regionOfACountryIsPrecisionThree() {
      Incident i = main("Militants attacked an army base in northern Mali on Monday.", "2019-03-05");
      assertThat(i.place().precision()).isEqualTo(3);
      assertThat(i.place().countryCode()).isEqualTo("ML");
    }
  }
}
