package org.vigil.eval.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.eval.testing.IncidentBuilder;
import org.vigil.model.ActorKind;
import org.vigil.model.ArticleMeta;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentType;
import org.vigil.model.Provenance;

/** The checks on a hand-built extraction and a small expectation file written for this test. */
class SeedChecksTest {
  private static final String EXPECTED = """
      {"publication_date": "2020-03-02",
       "main_incident": {"types": ["armed assault"], "date": "2020-03-01",
                         "perpetrators": {"description": "gunmen (attackers)", "claimed_by": null},
                         "victims": {"killed": 3}},
       "must_not": ["report 30 killed for the main incident", "name ISIS as the perpetrator of the main incident",
                    "sing a song"]}
      """;

  private static Extraction extraction(int killed) {
    return new Extraction(new ArticleMeta("a", null, null, null, null, null, null, 10, "h"),
        List.of(IncidentBuilder.main().type(IncidentType.ARMED_ASSAULT).date(LocalDate.of(2020, 3, 1))
            .perpetrator("gunmen", ActorKind.INDIVIDUALS).figure(FigureKind.KILLED, killed).build()),
        List.of(), List.of(), new Provenance("test", List.of()));
  }

  @Test
  void structuredPointsPassWhenTheExtractionMeetsThem() throws Exception {
    List<Check> checks = SeedChecks.check(extraction(3), "Gunmen killed three people.",
        new ObjectMapper().readTree(EXPECTED));
    assertThat(checks).filteredOn(c -> !c.point().equals("must_not[2]")).allMatch(Check::pass);
    assertThat(checks).extracting(Check::point).contains("main.types", "main.date", "main.victims.killed",
        "main.perpetrators.description", "main.perpetrators.claimed_by", "must_not[0]", "must_not[1]");
  }

  @Test
  void aWrongFigureFailsAndAnUnknownRuleIsNeverSilentlyPassed() throws Exception {
    List<Check> checks = SeedChecks.check(extraction(30), "Gunmen killed 30 people.",
        new ObjectMapper().readTree(EXPECTED));
    assertThat(checks).filteredOn(c -> !c.pass()).extracting(Check::point)
        .containsExactlyInAnyOrder("main.victims.killed", "must_not[0]", "must_not[2]");
    assertThat(checks).filteredOn(c -> c.point().equals("must_not[2]")).singleElement()
        .satisfies(c -> assertThat(c.line()).startsWith("FAIL").contains("no check for this point"));
  }
}
