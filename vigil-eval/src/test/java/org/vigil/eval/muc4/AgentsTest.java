package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentsTest {
  @Test
  void theAgentOfAPassiveHarmVerbIsAPerpetratorWhoeverItIs() {
    assertThat(Agents.of("THE PRIESTS WERE MURDERED BY ARMY TROOPS IN THE CAPITAL.")).containsExactly("army troops");
    assertThat(Agents.of("He was killed by a group of heavily armed men last night."))
        .containsExactly("heavily armed men");
  }

  @Test
  void theSubjectOfAnActiveHarmVerbIsAPerpetratorButNotOfAPassiveOne() {
    assertThat(Agents.of("Uniformed soldiers have kidnapped two students.")).containsExactly("uniformed soldiers");
    assertThat(Agents.of("Three soldiers were killed in the ambush.")).isEmpty();
  }

  @Test
  void organisationsAndUndescribedPhrasesAreLeftOut() {
    assertThat(Agents.of("The mayor was killed by the FMLN.")).isEmpty();
    assertThat(Agents.of("The bus was attacked by the fleeing crowd of peasants.")).isEmpty();
  }

  @Test
  void membersKeepWhoseMembersTheyAreAndMenTheirUniforms() {
    assertThat(Agents.of("The priests were murdered by members of the Salvadoran army, the judge said."))
        .containsExactly("members of the salvadoran army");
    assertThat(Agents.of("Yesterday Shining Path members attacked the office."))
        .containsExactly("shining path members");
    assertThat(Agents.of("Six Jesuits were murdered by men wearing military uniforms."))
        .containsExactly("men wearing military uniforms");
  }

  @Test
  void theAgentOfCarriedOutIsAPerpetrator() {
    assertThat(Agents.of("The massacre was carried out by armed men.")).containsExactly("armed men");
  }
}
