package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VictimNamesTest {
  private static PredictedTemplate victims(String... names) {
    return new PredictedTemplate("attack", List.of(), List.of(), List.of(), List.of(names), List.of());
  }

  @Test
  void aVictimsNameCutShortGetsTheGivenNameBeforeIt() {
    VictimNames names = new VictimNames(Map.of("oscar", 5, "luis", 12));
    String body = "THE MURDER OF ARCHBISHOP OSCAR ARNULFO ROMERO IS STILL UNSOLVED.";
    assertThat(names.extend(List.of(victims("arnulfo romero")), body).get(0).victim())
        .containsExactly("oscar arnulfo romero");
  }

  @Test
  void aWordThatRarelyBeginsAVictimsNameIsNotTaken() {
    VictimNames names = new VictimNames(Map.of("archbishop", 2, "oscar", 5));
    String body = "THE MURDER OF ARCHBISHOP OSCAR ARNULFO ROMERO IS STILL UNSOLVED.";
    assertThat(names.extend(List.of(victims("oscar arnulfo romero", "romero")), body).get(0).victim())
        .containsExactly("oscar arnulfo romero", "romero");
  }

  @Test
  void anExtendedNameAlreadyAmongTheFillersCountsOnce() {
    VictimNames names = new VictimNames(Map.of("luis", 12));
    String body = "PHOTOGRAPHERS ROBERTO NAVAS AND LUIS GALDAMEZ WERE SHOT AT. GALDAMEZ WAS WOUNDED.";
    assertThat(names.extend(List.of(victims("luis galdamez", "galdamez")), body).get(0).victim())
        .containsExactly("luis galdamez");
  }

  @Test
  void learnsTheFirstWordsOfMultiWordVictimMentionsOncePerDocument() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode line = json.readTree("{\"id\": \"A\", \"raw_text\": \"X\", \"templates\": [{\"incident_type\": "
        + "\"attack\", \"PerpInd\": [], \"PerpOrg\": [], \"Target\": [], \"Victim\": [[[\"LUIS CARLOS GALAN\", 1], "
        + "[\"LUIS GALAN\", 30]], [[\"PEASANTS\", 50]]], \"Weapon\": []}]}");
    VictimNames names = VictimNames.train(List.of(line, line, line));
    assertThat(names.size()).isEqualTo(1);
    assertThat(names.extend(List.of(victims("carlos galan")), "LUIS CARLOS GALAN WAS KILLED.").get(0).victim())
        .containsExactly("luis carlos galan");
  }
}
