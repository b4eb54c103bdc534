package org.vigil.eval.gva;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.testing.IncidentBuilder;
import org.vigil.model.ArticleMeta;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.Outcome;
import org.vigil.model.Provenance;
import org.vigil.model.Stage;
import org.vigil.store.IncidentStore;
import org.vigil.store.db.Database;
import org.vigil.store.merge.MergeOptions;

class StoreEvalTest {
  @TempDir
  Path dir;

  private static Incident shooting(int killed, int suspectsKilled) {
    return IncidentBuilder.main().figure(FigureKind.KILLED, killed)
        .figure(FigureKind.PERPETRATORS_KILLED, suspectsKilled).victim("Officer Jane Doakes of Rocky Mount")
        .perpetrator("a man named Tom Hurley", org.vigil.model.ActorKind.INDIVIDUALS).date(LocalDate.of(2014, 1, 27))
        .place("Rocky Mount", 35.94, -77.79, "North Carolina", "US", 1).build();
  }

  private static Outcome extracted(NewsArticle a, Incident... incidents) {
    ArticleMeta meta = new ArticleMeta(a.id(), a.url(), a.title(), a.dct(), "given", null, "en", a.text().length(),
        "h-" + a.id());
    return new Outcome.Extracted(a.id(), new Extraction(meta, List.of(incidents), List.of(), List.of(),
        new Provenance("test", List.of())));
  }

  private static NewsArticle article(String id, LocalDate dct, String text) {
    return new NewsArticle(new TextNode(id), "Shooting in Rocky Mount", dct, "https://news.example/" + id, text);
  }

  @Test
  void twoReportsOfOneShootingShareTheMergedKeyAndKeepTheirOwnFigures() throws Exception {
    try (IncidentStore store = IncidentStore.open(Database.of(dir.resolve("s.db").toString()),
        MergeOptions.defaults())) {
      StoreEval eval = new StoreEval(store);
      NewsArticle first = article("a1", LocalDate.of(2014, 1, 27), "One officer was shot dead on Monday.");
      NewsArticle later = article("a2", LocalDate.of(2014, 1, 29), "Two people died after Monday's shooting.");
      NewsArticle none = article("a3", LocalDate.of(2014, 1, 29), "City council meets.");
      assertThat(eval.articleId("a1")).isNull();
      eval.store(first, extracted(first, shooting(1, 0)));
      eval.store(later, extracted(later, shooting(1, 1)));
      eval.store(none, new Outcome.Skipped("a3", Stage.EXTRACT, "no-incident", "nothing violent"));

      GvaPrediction p1 = eval.prediction(first, eval.articleId("a1"), false, true);
      GvaPrediction p2 = eval.prediction(later, eval.articleId("a2"), false, true);
      GvaPrediction p3 = eval.prediction(none, eval.articleId("a3"), false, true);
      assertThat(p1.incidentKey()).isNotNull().isEqualTo(p2.incidentKey());
      // what each article itself reported, mapped as vigil eval gva maps it (suspects count as killed)
      assertThat(p1.incident()).isEqualTo(GvaMapper.incident(shooting(1, 0), true));
      assertThat(p2.incident().killed()).isEqualTo(2);
      assertThat(p2.incident().city()).isEqualTo("Rocky Mount");
      assertThat(p3.incidentKey()).isNull();
      assertThat(p3.incident()).isNull();
      assertThat(eval.outcome("a3", eval.articleId("a3"))).isInstanceOf(Outcome.Skipped.class);
      NewsArticle copy = article("a4", LocalDate.of(2014, 1, 29), "Two people died after the shooting on Monday.");
      eval.store(copy, new Outcome.Skipped("a4", Stage.SCREEN, "near-duplicate", "the same story as a2", "a2"));
      // the screen's pointer is stored: an evaluation of pages vigil run stored gives the copy a2's incident
      assertThat(((Outcome.Skipped) eval.outcome("a4", eval.articleId("a4"))).duplicateOf()).isEqualTo("a2");
      assertThat(((Outcome.Skipped) eval.outcome("a3", eval.articleId("a3"))).duplicateOf()).isNull();

      // the merged incident: the latest report's figures, the same mapping
      GvaPrediction m1 = eval.prediction(first, eval.articleId("a1"), true, true);
      assertThat(m1.incident().killed()).isEqualTo(2);
      assertThat(m1.incident().date()).isEqualTo("2014-01-27");
      assertThat(m1.incident().city()).isEqualTo("Rocky Mount");
      assertThat(m1.incident().state()).isEqualTo("North Carolina");
    }
  }
}
