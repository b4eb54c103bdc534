package org.vigil.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.model.ActorKind;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentType;

/** MUC-4 style roles (victims by name, physical targets, organisations as perpetrators) on sentences written here. */
class RoleRuleTest {
  private static Incident main(String text, String published) {
    Incident i = extract(text, published).main();
    assertThat(i).isNotNull();
    return i;
  }

  @Test
  void namedVictimOfAMurderWithoutTheTitle() {
    Incident i = main("Gunmen murdered former Defense Minister Carlos Mendez Ruiz in Lima on Tuesday.", "1990-01-10");
    assertThat(i.victims()).anySatisfy(v -> {
      assertThat(v.description()).isEqualTo("Carlos Mendez Ruiz");
      assertThat(v.harm()).isEqualTo(FigureKind.KILLED);
    });
  }

  @Test
  void passiveKidnappingVictim() {
    Incident i = main("Journalist Ana Maria Solis was kidnapped in Bogota on Monday.", "1990-01-10");
    assertThat(i.victims()).anySatisfy(v -> assertThat(v.description()).isEqualTo("Ana Maria Solis"));
    assertThat(i.hasType(IncidentType.KIDNAPPING)).isTrue();
  }

  @Test
  void nounComplementVictim() {
    Incident i = main("The rebels claimed responsibility for the assassination of Mayor Jorge Velez on Friday.",
        "1990-01-10");
    assertThat(i.victims()).anySatisfy(v -> assertThat(v.description()).isEqualTo("Jorge Velez"));
  }

  @Test
  void physicalTargetOfABombing() {
    Incident i = main("A bomb destroyed two power pylons near Medellin on Sunday.", "1990-01-10");
    assertThat(i.targets()).anySatisfy(t -> assertThat(t.description()).isEqualTo("power pylons"));
    assertThat(i.weapons()).anySatisfy(w -> assertThat(w.description()).isEqualTo("bomb"));
  }

  @Test
  void compoundWeaponName() {
    Incident i = main("A car bomb exploded outside a bank in Bogota on Monday, wounding six people.",
        "1990-01-10");
    assertThat(i.weapons()).anySatisfy(w -> assertThat(w.description()).isEqualTo("car bomb"));
  }

  @Test
  void organisationThatAttacks() {
    Incident i = main("The Popular Liberation Army attacked a police station in Cali on Saturday.", "1990-01-10");
    assertThat(i.perpetrators()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo(ActorKind.ORGANISATION);
      assertThat(p.description()).contains("Popular Liberation Army");
    });
  }

  @Test
  void unidentifiedMenAsAgents() {
    Incident i = main("The judge was shot dead by unidentified men in San Salvador on Monday.", "1990-01-10");
    assertThat(i.perpetrators()).anySatisfy(p -> assertThat(p.description()).isEqualTo("unidentified men"));
  }

  @Test
  void upperCaseWireTextIsTruecasedFirst() {
    Incident i = main("LIMA, 9 JAN 90 -- GUERRILLAS KILLED FIVE PEASANTS IN AYACUCHO DEPARTMENT YESTERDAY.",
        "1990-01-09");
    assertThat(i.figure(FigureKind.KILLED)).isEqualTo(5);
    assertThat(i.time().start()).hasToString("1990-01-08");
  }

  @Test
  void warningNamesNoTarget() {
    Incident i = main("Gunmen attacked a hotel in Bamako on Sunday. The embassy had warned of possible attacks on "
        + "diplomatic missions.", "2017-06-19");
    assertThat(i.targets()).noneMatch(t -> t.description().contains("missions"));
  }

  @Test
  void aTownNamedLikeASiteIsNoTarget() {
    Incident i = main("Police said a 3-year-old was shot to death in Riviera Beach on Saturday.", "2016-11-20");
    assertThat(i.targets()).noneMatch(t -> t.description().contains("Beach"));
    Incident j = main("Gunmen opened fire on tourists at a beach near Sousse on Friday.", "2015-06-27");
    assertThat(j.targets()).anySatisfy(t -> assertThat(t.description()).isEqualTo("beach"));
  }
}
