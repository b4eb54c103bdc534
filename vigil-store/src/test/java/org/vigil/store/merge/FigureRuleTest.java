package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;
import org.vigil.store.merge.FigureRule.SourceFigure;

class FigureRuleTest {
  private static SourceFigure fig(long id, int best, Integer high, Qualifier q, String published, boolean main) {
    return new SourceFigure(id, id, FigureKind.KILLED, best, best, high, q,
        published == null ? null : LocalDate.parse(published), main);
  }

  @Test
  void theLatestReportSetsTheBestFigureEvenWhenItRevisesTheTollDown() {
    // Sri Lanka, April 2019: 290, then 359, then lowered to 253
    FigureRule.Reconciled r = FigureRule.reconcile(FigureKind.KILLED, List.of(
        fig(1, 290, null, Qualifier.EXACT, "2019-04-22", true),
        fig(2, 359, null, Qualifier.EXACT, "2019-04-24", true),
        fig(3, 253, null, Qualifier.EXACT, "2019-04-25", true)));
    assertThat(r.best()).isEqualTo(253);
    assertThat(r.low()).isEqualTo(253);
    assertThat(r.high()).isEqualTo(359);
    assertThat(r.reportId()).isEqualTo(3);
  }

  @Test
  void amongReportsOfTheSameLatestDayTheMostConservativeWins() {
    FigureRule.Reconciled r = FigureRule.reconcile(FigureKind.KILLED, List.of(
        fig(1, 20, null, Qualifier.EXACT, "2015-03-18", true),
        fig(2, 23, 25, Qualifier.RANGE, "2015-03-19", true),
        fig(3, 21, null, Qualifier.AT_LEAST, "2015-03-19", true)));
    assertThat(r.best()).isEqualTo(21);
    assertThat(r.high()).isEqualTo(25);
    assertThat(r.rule()).startsWith("latest-reports-lowest: 2 of 3 sources");
  }

  @Test
  void anArticleOrderThatDiffersFromPublicationOrderDoesNotChangeTheResult() {
    SourceFigure early = fig(2, 5, null, Qualifier.EXACT, "2018-01-20", true);
    SourceFigure late = fig(1, 18, null, Qualifier.EXACT, "2018-01-22", true);
    assertThat(FigureRule.reconcile(FigureKind.KILLED, List.of(late, early)).best()).isEqualTo(18);
  }

  @Test
  void backgroundRecollectionsAndVagueFiguresGiveWayToMainNumericReports() {
    FigureRule.Reconciled r = FigureRule.reconcile(FigureKind.KILLED, List.of(
        fig(1, 12, null, Qualifier.EXACT, "2018-01-21", true),
        fig(2, 24, null, Qualifier.VAGUE, "2018-01-22", true),
        fig(3, 40, null, Qualifier.EXACT, "2018-03-01", false)));
    assertThat(r.best()).isEqualTo(12);
    assertThat(FigureRule.reconcile(FigureKind.INJURED, List.of(
        fig(1, 12, null, Qualifier.EXACT, "2018-01-21", true)))).isNull();
  }

  @Test
  void undatedReportsCountInStorageOrder() {
    FigureRule.Reconciled r = FigureRule.reconcile(FigureKind.KILLED, List.of(
        fig(1, 3, null, Qualifier.EXACT, null, true), fig(2, 7, null, Qualifier.EXACT, null, true)));
    assertThat(r.best()).isEqualTo(7);
  }
}
