package org.vigil.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.Status;

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
}
