package org.vigil.eval.gtd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.eval.testing.IncidentBuilder;
import org.vigil.model.ActorKind;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentType;
import org.vigil.model.WeaponType;

class GtdMapperTest {
  @Test
  void mapsTheMainIncidentToGtdFields() {
    GtdPrediction p = GtdMapper.prediction(LongNode.valueOf(201603020002L), IncidentBuilder.main()
        .type(IncidentType.ARMED_ASSAULT).type(IncidentType.BOMBING)
        .weapon(WeaponType.EXPLOSIVES, "explosive device").target("a market", "Business")
        .perpetrator("Boko Haram", ActorKind.ORGANISATION).figure(FigureKind.KILLED, 5)
        .figure(FigureKind.PERPETRATORS_KILLED, 1).figure(FigureKind.INJURED, 12)
        .place("Maiduguri", 11.85, 13.16, "Borno", "NG", 1).build());
    assertThat(p.attackType()).isEqualTo("Bombing/Explosion"); // bombing ranks above armed assault in the GTD
    assertThat(p.weaponType()).isEqualTo("Explosives");
    assertThat(p.targetType()).isEqualTo("Business");
    assertThat(p.nkill()).isEqualTo(6);
    assertThat(p.nwound()).isEqualTo(12);
    assertThat(p.country()).isEqualTo("Nigeria");
    assertThat(p.city()).isEqualTo("Maiduguri");
    assertThat(p.gname()).isEqualTo("Boko Haram");
  }

  @Test
  void kidnappingOutranksBombingAndNoGroupIsUnknown() {
    GtdPrediction p = GtdMapper.prediction(LongNode.valueOf(1), IncidentBuilder.main().type(IncidentType.BOMBING)
        .type(IncidentType.KIDNAPPING).figure(FigureKind.KIDNAPPED, 2).build());
    assertThat(p.attackType()).isEqualTo("Hostage Taking (Kidnapping)");
    assertThat(p.nhostkid()).isEqualTo(2);
    assertThat(p.gname()).isEqualTo("Unknown");
    assertThat(GtdMapper.prediction(LongNode.valueOf(1), null).attackType()).isNull();
  }

  @Test
  void eventsReadOnlyIdDateAndSummary() throws Exception {
    var line = new ObjectMapper().readTree("{\"eventid\": 201507210003, \"iyear\": 2015, \"imonth\": 7, \"iday\": 0,"
        + " \"summary\": \"Gunmen abducted two engineers.\", \"nkill\": 0, \"gname\": \"Unknown\"}");
    GtdEvent e = GtdEvent.of(line);
    assertThat(e.date()).isNull(); // day 0 means unknown
    assertThat(e.summary()).isEqualTo("Gunmen abducted two engineers.");
    assertThat(e.document().id()).isEqualTo("201507210003");
    var dated = GtdEvent.of(new ObjectMapper().readTree("{\"eventid\": 1, \"iyear\": 2015, \"imonth\": 7, "
        + "\"iday\": 21, \"summary\": \"x\"}"));
    assertThat(dated.date()).isEqualTo(LocalDate.of(2015, 7, 21));
  }
}
