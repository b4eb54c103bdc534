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
  void theNamesASentenceOfHarmListsAreAddedToTheFirstTemplate() {
    VictimNames names = new VictimNames(Map.of("marta", 4, "tomas", 3, "julio", 7));
    String body = "A BUS WAS ATTACKED NEAR THE BORDER. THE VICTIMS WERE IDENTIFIED AS MARTA ELENA QUIROS, 34;\n"
        + "TOMAS REYNA, 51; AND DRIVER JULIO CESAR ABREGO.";
    assertThat(names.addListed(List.of(victims("passengers"), victims()), body))
        .extracting(PredictedTemplate::victim)
        .containsExactly(List.of("passengers", "marta elena quiros", "tomas reyna", "julio cesar abrego"), List.of());
  }

  @Test
  void namesOutsideSentencesOfHarmOfPlacesOrAlreadyFilledAreNotAdded() {
    VictimNames names = new VictimNames(Map.of("marta", 4, "tomas", 3, "julio", 7, "mayor", 1));
    String body = "MAYOR MARTA ELENA QUIROS SPOKE TODAY. TWO PEOPLE WERE KILLED IN SAN TOMAS DEPARTMENT, NEAR THE\n"
        + "JULIO ABREGO HOSPITAL. THE DEAD ARE TOMAS REYNA AND JULIO CESAR ABREGO, SHOT BY HIS GUARD; MARTA\n"
        + "ELENA QUIROS TODAY WAS WOUNDED.";
    assertThat(names.addListed(List.of(new PredictedTemplate("attack", List.of("julio cesar abrego"), List.of(),
        List.of(), List.of("reyna"), List.of())), body).get(0).victim()).containsExactly("reyna");
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
