package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.eval.testing.IncidentBuilder;
import org.vigil.model.ActorKind;
import org.vigil.model.ArticleMeta;
import org.vigil.model.Extraction;
import org.vigil.model.IncidentType;
import org.vigil.model.Provenance;
import org.vigil.model.Status;
import org.vigil.model.WeaponType;

class TemplateMapperTest {
  @Test
  void typesMapToTheMostSpecificMucType() {
    assertThat(TemplateMapper.type(IncidentBuilder.main().type(IncidentType.ARMED_ASSAULT)
        .type(IncidentType.HOSTAGE_TAKING).build())).isEqualTo("kidnapping");
    assertThat(TemplateMapper.type(IncidentBuilder.main().type(IncidentType.GRENADE_ATTACK)
        .type(IncidentType.ARMED_ASSAULT).build())).isEqualTo("bombing");
    assertThat(TemplateMapper.type(IncidentBuilder.main().type(IncidentType.SUICIDE_BOMBING).build()))
        .isEqualTo("bombing");
    assertThat(TemplateMapper.type(IncidentBuilder.main().type(IncidentType.ARSON).build())).isEqualTo("arson");
    assertThat(TemplateMapper.type(IncidentBuilder.main().type(IncidentType.ASSASSINATION).build()))
        .isEqualTo("attack");
    assertThat(TemplateMapper.type(IncidentBuilder.main().build())).isEqualTo("attack");
  }

  @Test
  void rolesComeFromPerpetratorsTargetsVictimsAndWeapons() {
    PredictedTemplate t = TemplateMapper.template(IncidentBuilder.main().type(IncidentType.BOMBING)
        .perpetrator("Urban Guerrillas", ActorKind.INDIVIDUALS).perpetrator("the FMLN", ActorKind.ORGANISATION)
        .target("the Power Station", "Utilities").victim("a policeman").victim("A Policeman")
        .weapon(WeaponType.EXPLOSIVES, "dynamite").build());
    assertThat(t.perpInd()).containsExactly("urban guerrillas");
    assertThat(t.perpOrg()).containsExactly("fmln");
    assertThat(t.target()).containsExactly("power station");
    assertThat(t.victim()).containsExactly("policeman");
    assertThat(t.weapon()).containsExactly("dynamite");
    Map<String, Object> json = t.toJson();
    assertThat(json).containsEntry("incident_type", "bombing").containsEntry("Weapon", List.of(List.of("dynamite")));
  }

  @Test
  void eventNounsAreNotWeaponFillers() {
    PredictedTemplate t = TemplateMapper.template(IncidentBuilder.main().weapon(WeaponType.FIREARMS, "Gunfire")
        .weapon(WeaponType.FIREARMS, "rifles").build());
    assertThat(t.weapon()).containsExactly("rifles");
  }

  @Test
  void verbsAreNotWeaponFillers() {
    PredictedTemplate t = TemplateMapper.template(IncidentBuilder.main().weapon(WeaponType.EXPLOSIVES, "DYNAMITED")
        .weapon(WeaponType.EXPLOSIVES, "bombs").build());
    assertThat(t.weapon()).containsExactly("bombs");
  }

  @Test
  void mentionsLoseLeadingQuantitiesAndHedgesAsInTheKeys() {
    assertThat(TemplateMapper.shortForm("SEVERAL URBAN GUERRILLAS")).isEqualTo("urban guerrillas");
    assertThat(TemplateMapper.shortForm("approximately 50 terrorists")).isEqualTo("terrorists");
    assertThat(TemplateMapper.shortForm("at least 10 buses")).isEqualTo("buses");
    assertThat(TemplateMapper.shortForm("the other terrorists")).isEqualTo("terrorists");
    assertThat(TemplateMapper.shortForm("alleged colombian guerrillas")).isEqualTo("colombian guerrillas");
    assertThat(TemplateMapper.shortForm("presumed urban commandoes")).isEqualTo("urban commandoes");
    assertThat(TemplateMapper.shortForm("the so-called extraditables")).isEqualTo("extraditables");
    assertThat(TemplateMapper.shortForm("others")).isEqualTo("others");
    assertThat(TemplateMapper.shortForm("the 1st infantry brigade")).isEqualTo("1st infantry brigade");
  }

  @Test
  void mainAndHistoricalIncidentsBecomeTemplatesButNotWarningsNorRepeats() {
    Extraction x = new Extraction(new ArticleMeta("d", null, null, null, null, null, null, 1, "h"),
        List.of(IncidentBuilder.main().type(IncidentType.BOMBING).build(),
            IncidentBuilder.of(Status.HISTORICAL).build(), IncidentBuilder.of(Status.HISTORICAL).build(),
            IncidentBuilder.of(Status.WARNING).type(IncidentType.ARSON).build()),
        List.of(), List.of(), new Provenance("test", List.of()));
    assertThat(TemplateMapper.templates(x)).extracting(PredictedTemplate::incidentType)
        .containsExactly("bombing", "attack");
  }

  @Test
  void anIncidentOfSeveralMucTypesGetsATemplatePerTypeWithTheFillersThatTypeTakes() {
    Extraction x = new Extraction(new ArticleMeta("d", null, null, null, null, null, null, 1, "h"),
        List.of(IncidentBuilder.main().type(IncidentType.KIDNAPPING).type(IncidentType.ARSON)
            .perpetrator("guerrillas", ActorKind.INDIVIDUALS).victim("the farm's owner").target("the farm", "Business")
            .build()),
        List.of(), List.of(), new Provenance("test", List.of()));
    List<PredictedTemplate> ts = TemplateMapper.templates(x);
    assertThat(ts).extracting(PredictedTemplate::incidentType).contains("kidnapping", "arson");
    PredictedTemplate arson = ts.stream().filter(t -> t.incidentType().equals("arson")).findFirst().orElseThrow();
    assertThat(arson.perpInd()).containsExactly("guerrillas");
    assertThat(arson.target()).containsExactly("farm");
    assertThat(arson.victim()).isEmpty();
    assertThat(ts.get(0).incidentType()).isEqualTo("kidnapping");
    assertThat(ts.get(0).victim()).containsExactly("farm's owner");
  }
}
