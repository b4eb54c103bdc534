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

  @Test
  void theSubjectOfCarryingOutAnAttackIsAPerpetratorButNotItsByPhrase() {
    assertThat(Agents.of("URBAN GUERRILLAS BLEW UP A PUBLIC BUS NORTH OF THE CAPITAL."))
        .containsExactly("urban guerrillas");
    assertThat(Agents.of("Two men on a motorcycle set off the charge; heavily armed men entered the house."))
        .containsExactly("heavily armed men");
    assertThat(Agents.of("The bomb was placed by unidentified individuals."))
        .containsExactly("unidentified individuals");
    assertThat(Agents.of("The rifles used by the soldiers were found.")).isEmpty();
  }

  @Test
  void whoseMembersTheyAreCanPrecedeMembersInAnAgentPhrase() {
    assertThat(Agents.of("Three peasants have been kidnapped by EPL members in Cordoba."))
        .containsExactly("epl members");
    assertThat(Agents.of("Seven peasants were murdered by FARC 12th Front members."))
        .containsExactly("farc 12th front members");
  }

  @Test
  void anAdverbOrRelativePronounCanStandBetweenASubjectAndItsHarmVerb() {
    assertThat(Agents.of("A group of unidentified individuals today killed the wife of a colonel."))
        .containsExactly("unidentified individuals");
    assertThat(Agents.of("In Soyapango the FMLN subversives coldbloodedly murdered two watchmen."))
        .containsExactly("subversives");
    assertThat(Agents.of("The troops who killed the peasants have been arrested.")).containsExactly("troops");
  }

  @Test
  void aFewWordsCanStandBetweenAHarmVerbAndItsByPhraseButNoClauseOrMark() {
    assertThat(Agents.of("Two peasants have been shot to death by alleged ELN members in Barbacoas."))
        .containsExactly("alleged eln members");
    assertThat(Agents.of("The judge was killed, according to police, by armed men.")).isEmpty();
    assertThat(Agents.of("The priest was killed and later burned by soldiers.")).containsExactly("soldiers");
  }

  @Test
  void cellsPersonnelAndFightersArePeople() {
    assertThat(Agents.of("FMLN urban cells placed dynamite sticks in four stores."))
        .containsExactly("urban cells");
    assertThat(Agents.of("The office was attacked by military personnel.")).containsExactly("military personnel");
  }
}
