package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.score.Muc4Role;

class RoleLexiconTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode line(String text, String perpOrg, String victim) throws Exception {
    return JSON.readTree("""
        {"id": "T", "raw_text": "LIMA, 3 JAN 90 -- [TEXT] %s", "templates": [{"incident_type": "attack",
         "PerpInd": [], "PerpOrg": [[["%s", 0]]], "Target": [], "Victim": [[["%s", 0]]], "Weapon": []}]}
        """.formatted(text, perpOrg, victim));
  }

  @Test
  void phrasesAreNormalisedWordSequencesOfUpToFourWords() {
    assertThat(RoleLexicon.phrases("THE FMLN, rebels attacked."))
        .contains("fmln", "fmln rebels", "fmln rebels attacked", "rebels attacked")
        .doesNotContain("the fmln", "fmln,");
  }

  @Test
  void trainingCountsOccurrencesAndRoleFillsOverDocumentsWithTemplates() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      lines.add(line("THE FMLN KILLED A JUDGE; PEASANTS SAW IT.", "FMLN", "A JUDGE"));
    }
    lines.add(JSON.readTree("{\"id\": \"N\", \"raw_text\": \"THE FMLN SPOKE.\", \"templates\": []}"));
    RoleLexicon lex = RoleLexicon.train(lines);
    assertThat(lex.precision("fmln", Muc4Role.PERP_ORG, 3)).isEqualTo(1.0);
    assertThat(lex.precision("judge", Muc4Role.VICTIM, 3)).isEqualTo(1.0);
    assertThat(lex.precision("peasants", Muc4Role.VICTIM, 3)).isEqualTo(0.0);
    assertThat(lex.precision("fmln", Muc4Role.PERP_ORG, 4)).isEqualTo(-1);
  }

  @Test
  void refineDropsRarelyFillingPhrasesAndAddsOftenFillingOnesToTheFirstTemplate() {
    RoleLexicon lex = new RoleLexicon(Map.of(
        "peasants", new int[] {25, 0, 0, 0, 0, 0},
        "dynamite", new int[] {10, 0, 0, 0, 0, 6},
        "fmln", new int[] {20, 0, 9, 0, 0, 0},
        "guerrillas", new int[] {20, 2, 0, 0, 0, 0}));
    PredictedTemplate first = new PredictedTemplate("bombing", List.of(), List.of(), List.of(),
        List.of("peasants", "mayor"), List.of());
    PredictedTemplate second = new PredictedTemplate("attack", List.of("guerrillas"), List.of(), List.of(),
        List.of("peasants"), List.of());
    List<PredictedTemplate> out = lex.refine(List.of(first, second),
        "Guerrillas of the FMLN used DYNAMITE against peasants and the mayor.");
    assertThat(out).hasSize(2);
    assertThat(out.get(0).victim()).containsExactly("mayor");
    assertThat(out.get(0).weapon()).containsExactly("dynamite");
    assertThat(out.get(0).perpOrg()).containsExactly("fmln");
    assertThat(out.get(0).perpInd()).isEmpty();
    assertThat(out.get(1).victim()).isEmpty();
    assertThat(out.get(1).perpInd()).containsExactly("guerrillas");
    assertThat(out.get(1).weapon()).isEmpty();
  }

  @Test
  void anAddedPhraseInsideALongerAddedOneOfTheSameRoleIsLeftOut() {
    RoleLexicon lex = new RoleLexicon(Map.of(
        "car bomb", new int[] {5, 0, 0, 0, 0, 4},
        "bomb", new int[] {10, 0, 0, 0, 0, 5}));
    PredictedTemplate t = new PredictedTemplate("bombing", List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(lex.refine(List.of(t), "A CAR BOMB EXPLODED.").get(0).weapon()).containsExactly("car bomb");
  }

  @Test
  void individualPerpetratorsAreAddedFromALowerRolePrecision() {
    RoleLexicon lex = new RoleLexicon(Map.of(
        "guerrillas", new int[] {30, 10, 0, 0, 0, 0},
        "bus", new int[] {30, 0, 0, 10, 0, 0}));
    PredictedTemplate t = new PredictedTemplate("attack", List.of(), List.of(), List.of(), List.of(), List.of());
    PredictedTemplate out = lex.refine(List.of(t), "GUERRILLAS BURNED A BUS.").get(0);
    assertThat(out.perpInd()).containsExactly("guerrillas");
    assertThat(out.target()).isEmpty();
  }

  @Test
  void writtenLexiconReadsBackAndNoTemplatesStayNone(@TempDir Path dir) throws Exception {
    RoleLexicon lex = new RoleLexicon(Map.of("fmln", new int[] {20, 0, 9, 0, 0, 0}));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    lex.write(bytes, "test");
    Path f = dir.resolve("lex.tsv.gz");
    Files.copy(new ByteArrayInputStream(bytes.toByteArray()), f);
    RoleLexicon back = RoleLexicon.read(f);
    assertThat(back.size()).isEqualTo(1);
    assertThat(back.precision("fmln", Muc4Role.PERP_ORG, 1)).isEqualTo(0.45);
    assertThat(back.refine(List.of(), "the fmln")).isEmpty();
  }

  @Test
  void theBundledLexiconLoads() {
    assertThat(RoleLexicon.bundled().size()).isGreaterThan(1000);
  }
}
