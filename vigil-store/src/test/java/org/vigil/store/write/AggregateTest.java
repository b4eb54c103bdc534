package org.vigil.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.model.IncidentType;
import org.vigil.model.Status;
import org.vigil.model.TimePrecision;
import org.vigil.store.merge.ReportFeatures;

class AggregateTest {
  private static ReportRows.Member member(long id, LocalDate day, TimePrecision precision, String rule,
      boolean followUp) {
    ReportFeatures f = new ReportFeatures(id, Status.MAIN, List.of(IncidentType.ARMED_ASSAULT), day,
        precision == TimePrecision.MONTH ? day.withDayOfMonth(day.lengthOfMonth()) : day, precision, rule, 32.35,
        -95.30, 2, "US", "Smith County", Set.of("smith", "county"), Set.of(), Set.of("truck", "stop"), Set.of(),
        Set.of(), day, followUp);
    return new ReportRows.Member(id, 1, "member", "title " + id, f, null, null, null);
  }

  @Test
  void aFollowUpsOwnDayDoesNotDateTheIncidentWhenAnotherReportGivesOne() {
    // "Sheriff: arrests made in truck stop shooting" (August, a month only), then "Suspect in truck stop shootout
    // takes plea deal" (a weekday of the next July, the plea's own day)
    ReportRows.Member shooting = member(1, LocalDate.of(2015, 8, 1), TimePrecision.MONTH,
        "month-on-or-before-publication", false);
    ReportRows.Member plea = member(2, LocalDate.of(2016, 7, 28), TimePrecision.DAY,
        "weekday-on-or-before-publication", true);
    Aggregate a = Aggregate.of(List.of(shooting, plea));
    assertThat(a.date()).isSameAs(shooting);
    assertThat(Aggregate.day(List.of(shooting, plea))).isEqualTo(LocalDate.of(2015, 8, 1));
    assertThat(a.windowStart()).isEqualTo(LocalDate.of(2015, 8, 1).toEpochDay());
  }

  @Test
  void aFollowUpDatesItsIncidentWhenNoOtherReportGivesADay() {
    ReportRows.Member plea = member(2, LocalDate.of(2016, 7, 28), TimePrecision.DAY,
        "weekday-on-or-before-publication", true);
    assertThat(Aggregate.of(List.of(plea)).date()).isSameAs(plea);
  }

  @Test
  void theMostFrequentFirmDayStillWins() {
    ReportRows.Member a = member(1, LocalDate.of(2015, 8, 2), TimePrecision.DAY, "explicit", false);
    ReportRows.Member b = member(2, LocalDate.of(2015, 8, 1), TimePrecision.DAY, "explicit", false);
    ReportRows.Member c = member(3, LocalDate.of(2015, 8, 2), TimePrecision.DAY, "weekday-on-or-before-publication",
        false);
    assertThat(Aggregate.of(List.of(a, b, c)).date().features().day()).isEqualTo(LocalDate.of(2015, 8, 2));
  }
}
