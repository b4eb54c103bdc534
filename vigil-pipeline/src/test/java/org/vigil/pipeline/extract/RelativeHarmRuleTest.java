package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;

/**
 * A harm told in a relative clause on one of the people a later verb of the sentence counts is read after that
 * verb, which counts them all (Session 18, hurt18b; GVA dev: "The unidentified civilian and … Sheriff's Deputy
 * … — who the inmate shot after stealing his gun — were hospitalized" read as one hurt, the deputy alone).
 */
class RelativeHarmRuleTest {

  @Test
  void theOneTheRelativeClauseIsOnIsOneOfThoseTheLaterVerbCounts() {
    Incident i = CountRuleTest.main("A woman and Harris County Sheriff's Deputy John Smith, who the gunman shot "
        + "first, were taken to a hospital with non-life-threatening injuries on Monday.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(2);
  }

  @Test
  void theOneTheLaterVerbCountsKeepsTheClausesWound() {
    // MUC-4 dev: "SOLDIER … ANAYA, WHO WAS WOUNDED IN COMBAT, HAS BEEN TAKEN TO THE BOGOTA MILITARY HOSPITAL" beside
    // deaths: counted by "taken" alone, he would be one of the dead told again
    Incident i = CountRuleTest.main("Two soldiers were killed in the attack on Monday. Soldier John Smith, who was "
        + "wounded in combat, has been taken to the military hospital.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }

  @Test
  void aRelativeClauseStillCountsItsOneWhenTheLaterVerbCountsNoOne() {
    Incident i = CountRuleTest.main("The man who was shot outside the store on Monday was identified by police.");
    assertThat(i.figure(FigureKind.INJURED)).isEqualTo(1);
  }
}
