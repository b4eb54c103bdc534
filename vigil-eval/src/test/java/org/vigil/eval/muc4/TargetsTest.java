package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {
  @Test
  void theObjectOfADamageVerbIsATarget() {
    assertThat(Targets.of("TERRORISTS DYNAMITED TWO ELECTRIC TOWERS IN THE NORTH.")).containsExactly("electric towers");
    assertThat(Targets.of("Guerrillas blew up the bridge and set fire to a bus.")).containsExactly("bridge", "bus");
  }

  @Test
  void aSiteThatWasDamagedIsATarget() {
    assertThat(Targets.of("The bank branch was damaged by the explosion.")).containsExactly("bank branch");
  }

  @Test
  void thePlaceOfAnAttackOrExplosionIsATarget() {
    assertThat(Targets.of("THE ATTACK ON THE PERUVIAN EMBASSY CAUSED NO CASUALTIES."))
        .containsExactly("peruvian embassy");
    assertThat(Targets.of("A bomb exploded at the Velox bank, in front of the hotel."))
        .containsExactly("velox bank", "hotel");
    assertThat(Targets.of("The attack on the patrol was repelled; a bomb exploded in the street.")).isEmpty();
  }

  @Test
  void objectsThatAreNoSitesAreLeftOut() {
    assertThat(Targets.of("The army destroyed the guerrilla plans.")).isEmpty();
    assertThat(Targets.of("The rebels set up a roadblock.")).isEmpty();
  }

  @Test
  void aTargetTakesTheOfComplementThatFollowsItsFirstMention() {
    String body = "THE RESIDENCE OF ARTHUR MCNAMARA AND THE OFFICES OF LABOR UNIONS WERE ATTACKED. THE BUS "
        + "WAS BURNED. THE HOUSE OF A PEASANT WAS ALSO HIT.";
    PredictedTemplate t = new PredictedTemplate("attack", List.of(), List.of(),
        List.of("residence", "offices", "bus", "house"), List.of(), List.of());
    assertThat(Targets.withComplements(List.of(t), body).get(0).target())
        .containsExactly("residence of arthur mcnamara", "offices of labor unions", "bus", "house");
  }
}
