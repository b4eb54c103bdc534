package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameEntityTest {
  private static PredictedTemplate perps(List<String> perpInd, List<String> perpOrg) {
    return new PredictedTemplate("attack", perpInd, perpOrg, List.of(), List.of(), List.of());
  }

  @Test
  void aNameGivenWithItsAcronymIsOneEntityNamedByTheAcronym() {
    String body = "TERRORISTS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] ATTACKED THE TOWN.";
    List<PredictedTemplate> out = SameEntity.merge(List.of(
        perps(List.of(), List.of("farabundo marti national liberation front")), perps(List.of(), List.of("fmln"))),
        body);
    assertThat(out.get(0).perpOrg()).containsExactly("fmln");
    assertThat(out.get(1).perpOrg()).containsExactly("fmln");
  }

  @Test
  void anAcronymGivenWithItsNameInBracketsIsOneEntityNamedByTheAcronym() {
    String body = "THE ELN (ARMY OF NATIONAL LIBERATION) KIDNAPPED THE ENGINEER.";
    List<PredictedTemplate> out = SameEntity.merge(
        List.of(perps(List.of(), List.of("army of national liberation", "eln"))), body);
    assertThat(out.get(0).perpOrg()).containsExactly("eln");
    assertThat(SameEntity.acronyms(body)).containsEntry("eln", "army of national liberation");
  }

  @Test
  void aPerpetratorPhraseEndingInAnotherFillerIsThatFiller() {
    List<PredictedTemplate> out = SameEntity.merge(
        List.of(perps(List.of("urban guerrillas", "guerrillas", "armed men"), List.of())), "");
    assertThat(out.get(0).perpInd()).containsExactly("guerrillas", "armed men");
  }

  @Test
  void aWeaponPhraseEndingInAnotherWeaponIsThatWeapon() {
    PredictedTemplate t = new PredictedTemplate("bombing", List.of(), List.of(), List.of(), List.of(),
        List.of("powerful bomb", "bomb", "rifles"));
    assertThat(SameEntity.merge(List.of(t), "").get(0).weapon()).containsExactly("bomb", "rifles");
  }

  @Test
  void targetsAndVictimsKeepTheirLongerPhrases() {
    PredictedTemplate t = new PredictedTemplate("bombing", List.of(), List.of(), List.of("bus", "public bus"),
        List.of("galdamez", "luis galdamez"), List.of());
    PredictedTemplate out = SameEntity.merge(List.of(t), "").get(0);
    assertThat(out.target()).containsExactly("bus", "public bus");
    assertThat(out.victim()).containsExactly("galdamez", "luis galdamez");
  }
}
