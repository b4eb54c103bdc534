package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A killer's own death told after he shot others ({@link ShooterSuicide}; session 12, kill12), a suspect killed by
 * others told again as the one dead ({@link DeadSuspect}), and one the police killed as a perpetrator
 * ({@link KilledByPolice}; kill12b) unless the count of the dead holds him ({@link DeadSuspect#inTheCount}).
 * Sentences written for these tests, through the real pipeline.
 */
class ShooterSuicideRuleTest {

  /** The main incident of {@code text} counts {@code killed} victims dead and {@code perpetrators} killers dead. */
  static void dead(String text, Integer killed, Integer perpetrators) {
    Incident i = CountRuleTest.main(text);
    assertThat(i.figure(FigureKind.KILLED)).as("victims killed in: %s", text).isEqualTo(killed);
    assertThat(i.figure(FigureKind.PERPETRATORS_KILLED)).as("perpetrators killed in: %s", text)
        .isEqualTo(perpetrators);
  }

  @Test
  void thenShotHimselfAfterShootingOthersIsOnePerpetratorDead() {
    // "… shot his son and then shot himself" in a murder-suicide whose boy was killed
    dead("A 4-year-old boy was killed on Sunday night. Police said the man shot his son and then shot himself.", 1, 1);
  }

  @Test
  void thenHimselfAfterAFatalShootingIsOnePerpetratorDead() {
    dead("Police say the father fatally shot his two children, then himself, at their home on Monday.", 2, 1);
  }

  @Test
  void turningAWeaponOtherThanAGunOnHimselfCounts() {
    dead("The gunman shot and killed two members of the band on Monday before he went to the roof and turned the "
        + "rifle on himself, police said.", 2, 1);
  }

  @Test
  void shootingHimselfAfterOnlyWoundingOthersIsNoDeath() {
    // he may have lived: no death is reported
    dead("A man wounded his wife and their baby on Sunday before shooting himself, police said.", null, null);
  }

  @Test
  void aSuspectWhoShotHimselfAloneOrAPlanIsNoKillersDeath() {
    dead("A man shot his wife on Sunday. The suspect then shot himself in the leg, police said.", null, null);
    dead("A girl was killed on Monday. The shooter planned to shoot her brother and then shoot herself.", 1, null);
  }

  @Test
  void aSuspectKilledByThePoliceIsTheOneDeadToldAgain() {
    // "Police officer fatally shoots man in Selma" … "the suspect was killed": one dead, the suspect
    dead("A police officer fatally shot a man on Sunday in Selma. The suspect was killed after he fired at the "
        + "officer, police said.", null, 1);
  }

  @Test
  void aKillerDeadByHisOwnHandLeavesHisVictim() {
    dead("A man shot and killed his wife on Sunday, then turned the gun on himself, police said.", 1, 1);
  }

  @Test
  void oneThePoliceKilledIsAPerpetratorBesideTheVictimsCounted() {
    // the count of the victims leaves out the man the police killed, whom GVA counts among the dead
    dead("Four people were killed on Sunday at the apartments. The man who opened fire was shot and killed by "
        + "police.", 4, 1);
    dead("The suspect, who was shot and killed by police on Monday, had injured nine people.", null, 1);
  }

  @Test
  void oneKilledByASniperIsTheVictimNotAPerpetrator() {
    // "The archbishop was killed by a sniper while saying mass" (MUC-4): the sniper is the attacker
    dead("Two soldiers were killed by a sniper on Sunday while guarding the bridge, officials said.", 2, null);
  }

  @Test
  void aCountOfTheDeadThatHoldsTheGunmanIsNotAddedTo() {
    // "4 dead, 2 injured in a shooting at Northern Calif. tribal meeting", the gunman shot dead by the police: four
    dead("Four dead after a shooting on Sunday at the apartments. The man who opened fire was shot and killed by "
        + "police.", 4, null);
    dead("Three people were killed, including the gunman, on Sunday at the mall. He was shot and killed by officers.",
        3, null);
    dead("Three people were killed on Sunday at the mall. Police said the gunman was among the dead; he was shot and "
        + "killed by officers.", 3, null);
  }

  @Test
  void aMurderSuicideWithNoOneElseReadDeadHasOneMurdered() {
    // ShooterSuicide.murderedBeside (session 14, kill14); the child hurt is someone else
    dead("Child in critical condition after parents' murder-suicide. Police said the shooting happened at a home on "
        + "Elm Street on Friday night.", 1, 1);
  }
}
