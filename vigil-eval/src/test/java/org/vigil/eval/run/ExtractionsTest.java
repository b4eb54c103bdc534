package org.vigil.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.testing.IncidentBuilder;
import org.vigil.model.ArticleMeta;
import org.vigil.model.Extraction;
import org.vigil.model.IncidentType;
import org.vigil.model.Outcome;
import org.vigil.model.Provenance;
import org.vigil.model.Stage;
import org.vigil.model.Status;

class ExtractionsTest {
  @Test
  void writtenOutcomesReadBack(@TempDir Path dir) throws Exception {
    Extraction x = new Extraction(new ArticleMeta("a", null, null, null, null, null, null, 1, "h"),
        List.of(IncidentBuilder.main().type(IncidentType.BOMBING).victim("a judge").build()), List.of(), List.of(),
        new Provenance("test", List.of()));
    Path file = Extractions.write(dir, List.of(new Outcome.Extracted("a", x),
        new Outcome.Skipped("b", Stage.SCREEN, "not-relevant", "no harm word", null)));
    Map<String, Outcome> back = Extractions.read(file);
    assertThat(back).containsOnlyKeys("a", "b");
    Extraction y = ((Outcome.Extracted) back.get("a")).extraction();
    assertThat(y.main().status()).isEqualTo(Status.MAIN);
    assertThat(y.main().hasType(IncidentType.BOMBING)).isTrue();
    assertThat(y.main().victims().get(0).description()).isEqualTo("a judge");
    assertThat(back.get("b")).isInstanceOf(Outcome.Skipped.class);
    assertThat(((Outcome.Skipped) back.get("b")).reason()).isEqualTo("not-relevant");
  }

  @Test
  void anArticleListedTwiceKeepsItsExtractionNotTheScreensNoteThatItCameAgain(@TempDir Path dir) throws Exception {
    Extraction x = new Extraction(new ArticleMeta("a", null, null, null, null, null, null, 1, "h"),
        List.of(IncidentBuilder.main().type(IncidentType.BOMBING).build()), List.of(), List.of(),
        new Provenance("test", List.of()));
    Path file = Extractions.write(dir, List.of(new Outcome.Extracted("a", x),
        new Outcome.Skipped("a", Stage.SCREEN, "duplicate", "same content as a", "a")));
    assertThat(Extractions.read(file).get("a")).isInstanceOf(Outcome.Extracted.class);
  }

  @Test
  void aCopyKeepsTheIdOfItsFirstCopyAsExtractBatchWritesIt(@TempDir Path dir) throws Exception {
    Path file = Extractions.write(dir, List.of(
        new Outcome.Skipped("b", Stage.SCREEN, "duplicate", "the same text as a", "a")));
    assertThat(Files.readString(file)).contains("\"duplicate_of\":\"a\"");
    assertThat(((Outcome.Skipped) Extractions.read(file).get("b")).duplicateOf()).isEqualTo("a");
  }

  @Test
  void aLineOfAnotherKindIsAnErrorNotARejection(@TempDir Path dir) throws Exception {
    // vigil screen's lines say "passed": read as rejections they would silently lose their pages' votes
    Path file = Files.writeString(dir.resolve("screen.jsonl"),
        "{\"id\":\"a\",\"outcome\":\"skipped\",\"stage\":\"screen\",\"reason\":\"not-relevant\"}\n"
            + "{\"id\":\"b\",\"outcome\":\"passed\"}\n");
    assertThatThrownBy(() -> Extractions.read(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("line 2").hasMessageContaining("'passed'");
  }

  @Test
  void aLineWithoutAnIdIsAnError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("x.jsonl"), "{\"outcome\":\"extracted\"}\n");
    assertThatThrownBy(() -> Extractions.read(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("line 1").hasMessageContaining("no \"id\"");
  }
}
