package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentType;
import org.vigil.model.Status;
import org.vigil.model.TimePrecision;

class ReportFeaturesTest {
  @Test
  void aHeadlineOfALaterStepIsAFollowUp() {
    assertThat(ReportFeatures.followUp(Status.MAIN, "Man charged in Monroe shooting - WXYZ News 7")).isTrue();
    assertThat(ReportFeatures.followUp(Status.MAIN, "Police identify victim of Elm Street shooting")).isTrue();
    assertThat(ReportFeatures.followUp(Status.MAIN, "Vigil held for teen killed Sunday")).isTrue();
    assertThat(ReportFeatures.followUp(Status.MAIN, "Jury finds Smith guilty of murder")).isTrue();
  }

  @Test
  void aHeadlineOfTheIncidentItselfIsNone() {
    assertThat(ReportFeatures.followUp(Status.MAIN, "Two shot outside Monroe bar - WXYZ News 7")).isFalse();
    assertThat(ReportFeatures.followUp(Status.MAIN, "Teen hurt in shooting at basketball court")).isFalse();
    assertThat(ReportFeatures.followUp(Status.MAIN, null)).isFalse();
  }

  @Test
  void onlyAMainReportIsAFollowUp() {
    assertThat(ReportFeatures.followUp(Status.HISTORICAL, "Man charged in Monroe shooting")).isFalse();
  }

  private static ReportFeatures report(Status status, LocalDate day, TimePrecision precision, String rule) {
    return new ReportFeatures(0, status, List.of(IncidentType.ARMED_ASSAULT), day, day, precision, rule, null, null,
        0, "US", null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), LocalDate.of(2015, 9, 10), false);
  }

  @Test
  void anArticleRecallsTheDaysOfItsBackgroundIncidentsReadAsADay() {
    LocalDate may25 = LocalDate.of(2015, 5, 25);
    LocalDate june2 = LocalDate.of(2015, 6, 2);
    List<ReportFeatures> reports = List.of(
        report(Status.MAIN, LocalDate.of(2015, 9, 9), TimePrecision.DAY, "weekday-on-or-before-publication"),
        report(Status.HISTORICAL, may25, TimePrecision.DAY, "month-on-or-before-publication"), // "the May 25 …"
        report(Status.HISTORICAL, june2, TimePrecision.DAY, "explicit"),
        report(Status.HISTORICAL, LocalDate.of(2015, 9, 10), TimePrecision.DAY, "publication-date-assumed"),
        report(Status.HISTORICAL, LocalDate.of(2015, 4, 1), TimePrecision.MONTH, "explicit"));
    assertThat(ReportFeatures.recalledDays(reports)).containsExactly(may25, june2);
    ReportFeatures main = reports.get(0).withRecalled(ReportFeatures.recalledDays(reports));
    assertThat(main.recalled()).containsExactly(may25, june2);
    assertThat(main.mayBeLater()).isTrue();
    assertThat(reports.get(0).mayBeLater()).isFalse();
  }

  @Test
  void aMainReportsHeadlineWordsLeaveTheOutletOut() {
    assertThat(ReportFeatures.headlineTerms(Status.MAIN, "Teen shot near Monroe school - WXYZ News 7 Detroit"))
        .contains("teen", "monroe", "school").doesNotContain("wxyz", "detroit");
    assertThat(ReportFeatures.headlineTerms(Status.HISTORICAL, "Teen shot near Monroe school")).isEmpty();
    assertThat(ReportFeatures.headlineTerms(Status.MAIN, null)).isEmpty();
  }
}
