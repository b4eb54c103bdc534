package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;
import static org.vigil.pipeline.extract.ShooterSuicideRuleTest.dead;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * Session 13, kill13: the police as the killing verb's own subject or agent ({@link KilledByPolice}), one the police
 * killed told again as a victim ({@link DeadSuspect#toldTwice}), a headline's participle before a count
 * ({@link HeadlineDeaths#ownParticipleFirst}) and a death joined to the shot with a count of its own
 * ({@link JoinedCount}). Sentences written for these tests, through the real pipeline.
 */
class KilledByPoliceRuleTest {

  /** Whether the main incident of {@code text} holds a perpetrator the police killed. */
  private static boolean byPolice(String text) {
    return CountRuleTest.main(text).figures().stream().anyMatch(f -> f.rule().equals(KilledByPolice.RULE));
  }

  @Test
  void thePoliceMustBeTheKillingsOwnSubjectOrAgent() {
    // "seven officers returned fire and Wilkes was shot and killed"; MUC-4's "the troops attacked the rebels and two
    // of our comrades were killed": the forces are the subject of another verb than the killing
    assertThat(byPolice("The soldiers stormed the building on Sunday and two hostages were killed.")).isFalse();
    // the parse gives "killed" both "that" and "Police" as subjects
    assertThat(byPolice("Police investigating drive-by shooting that killed one man, injured 3 others.")).isFalse();
    // "KSP: Soldier fatally shoots 11-year-old daughter, himself": his own death, not the police's doing
    assertThat(byPolice("Soldier fatally shoots 11-year-old daughter, himself.")).isFalse();
  }

  @Test
  void thePoliceAsTheKillingsOwnSubjectOrAgentStillCount() {
    assertThat(byPolice("Police shot and killed the man on Sunday after he opened fire.")).isTrue();
    assertThat(byPolice("The man who opened fire on Sunday was shot and killed by police.")).isTrue();
  }

  @Test
  void aWomanThePoliceKilledIsOneDeathWhateverHerSentenceTellsOfHerself() {
    dead("Baltimore County police say officers have shot and killed a woman who barricaded herself and a child "
        + "inside a suburban apartment.", null, 1);
  }

  @Test
  void aHeadlineParticipleBeforeACountIsThatCountsVerb() {
    // "Shooting Rampage That Killed Woman, Injured 2 Officers & 3 Others": the officers were hurt
    Incident i = extract("Investigation Continues Into Motive Behind Shooting Rampage That Killed Woman, Injured 2 "
        + "Officers & 3 Others in Philadelphia", "A gunman opened fire on Friday night in West Philadelphia.",
        "2015-01-07").main();
    assertThat(i.figure(FigureKind.KILLED)).isNotEqualTo(2);
  }

  @Test
  void aDeathJoinedToTheShotWithACountOfItsOwnIsNotEveryoneShot() {
    // "10 people were shot and one man was killed": one dead, not ten (nor eleven)
    Incident i = CountRuleTest.main("Ten people were shot and one man was killed on Sunday night at the park.");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(1);
  }
}
