package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

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
  void objectsThatAreNoSitesAreLeftOut() {
    assertThat(Targets.of("The army destroyed the guerrilla plans.")).isEmpty();
    assertThat(Targets.of("The rebels set up a roadblock.")).isEmpty();
  }
}
