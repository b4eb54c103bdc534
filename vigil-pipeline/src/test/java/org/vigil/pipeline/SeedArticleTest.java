package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Geo;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentType;
import org.vigil.model.Outcome;
import org.vigil.model.Quote;
import org.vigil.model.RawDocument;
import org.vigil.model.Status;
import org.vigil.model.WeaponType;
import org.vigil.pipeline.output.Json;

/**
 * The seed article (samples/kangaba.txt, published 2017-06-19) against every point of what an analyst codes from it
 * (shared/data/seed/kangaba.expected.json), plus a golden file of the whole JSON output. Regenerate the golden file
 * with {@code -Dvigil.updateGolden=true} and review the diff.
 */
class SeedArticleTest {
  private static final Path SEED = Path.of("..", "samples", "kangaba.txt");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "kangaba.json");
  private static Extraction x;
  private static Incident main;

  @BeforeAll
  static void extract() throws IOException {
    Outcome o = SharedPipeline.get().process(new RawDocument("kangaba.txt", Files.readAllBytes(SEED), "text/plain",
        null, null, null, LocalDate.of(2017, 6, 19)));
    assertThat(o).isInstanceOf(Outcome.Extracted.class);
    x = ((Outcome.Extracted) o).extraction();
    main = x.main();
  }

  @Test
  void oneMainIncidentOfHostageTakingAndArmedAssault() {
    assertThat(x.incidents().stream().filter(i -> i.status() == Status.MAIN)).hasSize(1);
    assertThat(main.hasType(IncidentType.HOSTAGE_TAKING)).isTrue();
    assertThat(main.hasType(IncidentType.ARMED_ASSAULT)).isTrue();
  }

  @Test
  void dateIsTheSundayBeforePublication() {
    assertThat(main.time().start()).isEqualTo(LocalDate.of(2017, 6, 18));
    assertThat(main.time().end()).isEqualTo(LocalDate.of(2017, 6, 18));
  }

  @Test
  void placeIsTheResortNearBamako() {
    var p = main.place();
    assertThat(p.name()).isEqualTo("Le Campement Kangaba");
    assertThat(p.locality()).isEqualTo("Dougourakoro");
    assertThat(p.near()).isEqualTo("Bamako");
    assertThat(p.countryCode()).isEqualTo("ML");
    assertThat(p.precision()).isEqualTo(2);
    assertThat(Geo.distanceKm(p.lat(), p.lon(), 12.60, -7.93)).isLessThan(30);
  }

  @Test
  void twoKilledIncludingAFrancoGabonese() {
    assertThat(main.figure(FigureKind.KILLED)).isEqualTo(2);
    assertThat(main.victims()).anySatisfy(v -> {
      assertThat(v.description()).contains("Franco-Gabonese");
      assertThat(v.nationalities()).containsExactly("FR", "GA");
    });
  }

  @Test
  void atMostFourSuspectedPerpetratorsAndNoClaim() {
    assertThat(main.perpetrators()).anySatisfy(p -> {
      assertThat(p.description()).contains("jihadists");
      assertThat(p.countHigh()).isEqualTo(4);
    });
    assertThat(main.claimed()).isFalse();
    assertThat(main.perpetrators()).noneMatch(p -> p.description().contains("AQIM")
        || p.description().contains("Qaeda"));
    assertThat(main.figure(FigureKind.PERPETRATORS_KILLED)).isNull();
  }

  @Test
  void thirtyTwoHostagesFreed() {
    assertThat(main.figure(FigureKind.HOSTAGES_FREED)).isEqualTo(32);
  }

  @Test
  void firearmsAndMalianSpecialForces() {
    assertThat(main.weapons()).anySatisfy(w -> assertThat(w.type()).isEqualTo(WeaponType.FIREARMS));
    assertThat(main.responders()).anySatisfy(r -> assertThat(r.description()).isEqualTo("Malian special forces"));
  }

  @Test
  void quotesAttributedToModiboTraore() {
    assertThat(main.quotes()).anySatisfy(q -> {
      assertThat(q.text()).contains("two dead, including a Franco-Gabonese");
      assertThat(q.speaker()).isEqualTo("Modibo Traore");
      assertThat(q.speakerRole()).contains("spokesman for the Malian special forces");
    });
    assertThat(main.quotes()).anySatisfy(q -> {
      assertThat(q.speaker()).isEqualTo("A source close to the case");
      assertThat(q.text()).contains("32");
    });
    assertThat(main.quotes()).anySatisfy(q -> {
      assertThat(q.speaker()).contains("Associated Press");
      assertThat(q.text()).contains("terror-related");
    });
  }

  @Test
  void earlierAttacksAreSeparateBackgroundIncidents() {
    List<Incident> background = x.incidents().stream().filter(i -> i.status() != Status.MAIN).toList();
    assertThat(background).anySatisfy(i -> assertThat(i.figure(FigureKind.KILLED)).isEqualTo(20));
    assertThat(background).anySatisfy(i -> {
      assertThat(i.figure(FigureKind.KILLED)).isEqualTo(5);
      assertThat(i.hasType(IncidentType.ARMED_ASSAULT)).isTrue();
      assertThat(i.hasType(IncidentType.GRENADE_ATTACK)).isTrue();
      assertThat(i.place().resolvedName()).isEqualTo("Bamako");
      assertThat(i.place().name()).contains("La Terrasse");
      assertThat(i.time().phrase()).contains("March");
    });
  }

  @Test
  void mustNotMistakes() {
    assertThat(main.figure(FigureKind.KILLED)).isNotIn(20, 22);
    for (Incident i : x.incidents()) {
      assertThat(i.figures()).noneMatch(f -> f.best() == 2000);
    }
    assertThat(main.place().name()).doesNotContain("northern");
    assertThat(main.place().countryCode()).isNotEqualTo("FR");
    // Olivier Salgado's statement "at the time" is about an earlier attack
    assertThat(main.quotes()).noneMatch(q -> "Olivier Salgado".equals(q.speaker()));
    List<Quote> salgado = x.incidents().stream().flatMap(i -> i.quotes().stream())
        .filter(q -> "Olivier Salgado".equals(q.speaker())).toList();
    List<Quote> other = x.otherQuotes().stream().filter(q -> "Olivier Salgado".equals(q.speaker())).toList();
    assertThat(salgado.size() + other.size()).isPositive();
  }

  @Test
  void everyEvidenceSpanQuotesTheArticleText() throws Exception {
    String text = cleanedText();
    String json = Json.line(Json.mapper(), x);
    assertThat(json).isNotEmpty();
    for (Incident i : x.incidents()) {
      i.figures().forEach(f -> assertThat(f.evidence().span().of(text)).isEqualTo(f.evidence().text()));
      i.types().forEach(t -> assertThat(t.evidence().span().of(text)).isEqualTo(t.evidence().text()));
      i.quotes().forEach(q -> assertThat(q.evidence().span().of(text)).isEqualTo(q.evidence().text()));
      if (i.place() != null) {
        assertThat(i.place().evidence().span().of(text)).isEqualTo(i.place().evidence().text());
      }
    }
  }

  private static String cleanedText() throws Exception {
    return new org.vigil.pipeline.clean.Cleaner().clean(new RawDocument("kangaba.txt", Files.readAllBytes(SEED),
        "text/plain", null, null, null, LocalDate.of(2017, 6, 19))).text();
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    String actual = Json.pretty(Json.mapper(), x) + "\n";
    if (Boolean.getBoolean("vigil.updateGolden")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(GOLDEN).as("golden file; create it with -Dvigil.updateGolden=true").exists();
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
