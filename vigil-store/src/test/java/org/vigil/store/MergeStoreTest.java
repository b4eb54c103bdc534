package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Fixtures.KABUL;
import static org.vigil.store.Fixtures.article;
import static org.vigil.store.Fixtures.incident;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.model.FigureKind;
import org.vigil.model.IncidentType;
import org.vigil.model.Status;
import org.vigil.store.db.Database;
import org.vigil.store.db.Dialect;
import org.vigil.store.merge.MergeOptions;
import org.vigil.store.query.IncidentDetail;
import org.vigil.store.query.IncidentQueries;
import org.vigil.store.query.IncidentQuery;
import org.vigil.store.query.IncidentRow;

/** Merging across articles, on a real SQLite file and a real PostgreSQL database. */
class MergeStoreTest {
  @TempDir
  Path dir;

  static final String HOTEL_1 = "Gunmen stormed the Intercontinental Hotel in Kabul on Saturday evening, shooting at "
      + "guests of an information technology conference; Interior ministry spokesman Nasrat Rahimi said five died.";
  static final String HOTEL_2 = "Afghan special forces ended the siege of Kabul's Intercontinental Hotel; Nasrat "
      + "Rahimi of the Interior ministry said 18 people were killed, including 14 foreigners, at the hotel.";
  static final String HOTEL_3 = "The death toll from the Taliban attack on the Intercontinental Hotel in Kabul rose "
      + "to 22, officials said, as guests of the conference recounted hiding from the gunmen.";
  static final String AMBULANCE = "A suicide bomber drove an ambulance packed with explosives past a checkpoint near "
      + "Sidarat Square in Kabul and detonated it, killing 95 people near the old Interior ministry building.";

  private IncidentStore open(Dialect d) throws Exception {
    Database db = TestDatabases.fresh(d, dir);
    return IncidentStore.open(db, MergeOptions.defaults());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void threeOutletsReportingOneAttackBecomeOneIncidentWithEveryFigureKept(Dialect d) throws Exception {
    try (IncidentStore store = open(d)) {
      LocalDate day = LocalDate.of(2018, 1, 20);
      store.store(article("a1", "https://a.example/1", "Kabul hotel attacked", day, HOTEL_1, incident("a1#1",
          Status.MAIN, IncidentType.ARMED_ASSAULT, day, "weekday-on-or-before-publication", KABUL,
          Map.of(FigureKind.KILLED, 5), List.of(), HOTEL_1)));
      store.store(article("b1", "https://b.example/1", "Siege ends", day.plusDays(1), HOTEL_2, incident("b1#1",
          Status.MAIN, IncidentType.HOSTAGE_TAKING, day, "weekday-on-or-before-publication", KABUL,
          Map.of(FigureKind.KILLED, 18), List.of(), HOTEL_2)));
      StoreResult third = store.store(article("c1", "https://c.example/1", "Toll rises to 22", day.plusDays(2),
          HOTEL_3, incident("c1#1", Status.MAIN, IncidentType.ARMED_ASSAULT, day, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 22), List.of("Taliban"), HOTEL_3)));
      assertThat(third.merged()).isEqualTo(1);

      List<IncidentRow> rows = new IncidentQueries(store.connection(), d).find(IncidentQuery.all(), true);
      assertThat(rows).hasSize(1);
      IncidentRow hotel = rows.get(0);
      assertThat(hotel.articles()).isEqualTo(3);
      assertThat(hotel.killed()).isEqualTo(22);
      assertThat(hotel.figures().get("killed")).isEqualTo(new IncidentRow.Figure(22, 22, 22));
      assertThat(hotel.dateStart()).isEqualTo(day);

      IncidentDetail detail = IncidentDetail.load(store.connection(), hotel.id());
      assertThat(detail.reports()).extracting(r -> r.figures().get("killed").best()).containsExactly(5, 18, 22);
      assertThat(detail.revisions()).extracting(IncidentDetail.Revision::best).containsExactly(5, 18, 22);
      assertThat(detail.revisions()).extracting(IncidentDetail.Revision::previousBest)
          .containsExactly(null, 5, 18);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStoredMembersOutletAndAgesAreReadBackForTheMerge(Dialect d) throws Exception {
    try (IncidentStore store = open(d)) {
      LocalDate day = LocalDate.of(2018, 1, 20);
      String text = HOTEL_1 + " A 14-year-old was among the wounded.";
      store.store(article("a1", "https://news.a.example/1", "Kabul hotel attacked", day, text, incident("a1#1",
          Status.MAIN, IncidentType.ARMED_ASSAULT, day, "explicit", KABUL, Map.of(FigureKind.KILLED, 5), List.of(),
          text)));
      StoreResult r = store.store(article("a2", "https://www.a.example/2", "Kabul hotel attacked", day, text,
          incident("a2#1", Status.MAIN, IncidentType.ARMED_ASSAULT, day, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 5), List.of(), text)));
      assertThat(r.merged()).isEqualTo(1);
      IncidentDetail detail = IncidentDetail.load(store.connection(), r.incidentIds().get(0));
      assertThat(detail.reports().get(1).mergeReason()).contains("+ outlet -0.50 + ages 1.00");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void twoAttacksAWeekApartInTheSameCityStayApart(Dialect d) throws Exception {
    try (IncidentStore store = open(d)) {
      LocalDate hotelDay = LocalDate.of(2018, 1, 20);
      LocalDate ambulanceDay = LocalDate.of(2018, 1, 27);
      store.store(article("a1", null, "Kabul hotel attacked", hotelDay, HOTEL_1, incident("a1#1", Status.MAIN,
          IncidentType.ARMED_ASSAULT, hotelDay, "explicit", KABUL, Map.of(FigureKind.KILLED, 5), List.of("Taliban"),
          HOTEL_1)));
      // same city, same perpetrator, the same words even: only the week between the two firm dates tells the two
      // attacks apart
      StoreResult r = store.store(article("b1", null, "Kabul hotel attacked", ambulanceDay, HOTEL_1,
          incident("b1#1", Status.MAIN, IncidentType.ARMED_ASSAULT, ambulanceDay, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 95), List.of("Taliban"), HOTEL_1)));
      assertThat(r.created()).isEqualTo(1);
      assertThat(new IncidentQueries(store.connection(), d).find(IncidentQuery.all(), false)).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aRecalledAttackIsLinkedToItsIncidentNeverMergedIntoTheArticlesMainIncident(Dialect d) throws Exception {
    try (IncidentStore store = open(d)) {
      LocalDate hotelDay = LocalDate.of(2018, 1, 20);
      LocalDate ambulanceDay = LocalDate.of(2018, 1, 27);
      StoreResult hotel = store.store(article("a1", null, "Kabul hotel attacked", hotelDay, HOTEL_2,
          incident("a1#1", Status.MAIN, IncidentType.ARMED_ASSAULT, hotelDay, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 18), List.of(), HOTEL_2)));
      // the ambulance article recalls the hotel siege a week earlier as background
      String text = AMBULANCE + "\n" + HOTEL_2;
      StoreResult amb = store.store(article("b1", null, "Ambulance bomb in Kabul", ambulanceDay, text,
          incident("b1#1", Status.MAIN, IncidentType.SUICIDE_BOMBING, ambulanceDay, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 95), List.of(), AMBULANCE),
          Fixtures.at(incident("b1#2", Status.HISTORICAL, IncidentType.ARMED_ASSAULT, hotelDay, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 20), List.of(), HOTEL_2), text, HOTEL_2)));
      assertThat(amb.created()).isEqualTo(1);
      assertThat(amb.linked()).isEqualTo(1);
      assertThat(amb.incidentIds()).containsExactly(2L, hotel.incidentIds().get(0));
      IncidentDetail h = IncidentDetail.load(store.connection(), hotel.incidentIds().get(0));
      assertThat(h.reports()).extracting(IncidentDetail.Report::role).containsExactly("member", "link");
      assertThat(h.incident().killed()).isEqualTo(18); // the recollection's 20 does not revise the toll
      IncidentDetail a = IncidentDetail.load(store.connection(), 2L);
      assertThat(a.reports()).hasSize(1);
      assertThat(a.incident().killed()).isEqualTo(95);
    }
  }

  static final String SENTENCE = "A Kabul court sentenced two Taliban members to death on Monday for the siege of "
      + "the Intercontinental Hotel, where gunmen stormed an information technology conference.";

  /** The sentencing is the article's main incident, dated by its own news; the siege is recalled as background. */
  private static ArticleInput sentencing(LocalDate hotelDay, LocalDate trialDay) {
    String text = SENTENCE + "\n" + HOTEL_1;
    return article("a1", null, "Two sentenced to death", trialDay, text,
        Fixtures.at(incident("a1#1", Status.MAIN, IncidentType.ARMED_ASSAULT, trialDay, "explicit", KABUL,
            Map.of(), List.of(), SENTENCE), text, SENTENCE),
        Fixtures.at(incident("a1#2", Status.HISTORICAL, IncidentType.ARMED_ASSAULT, hotelDay, "explicit", KABUL,
            Map.of(FigureKind.KILLED, 5), List.of(), HOTEL_1), text, HOTEL_1));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aReportOfTheAttackJoinsTheIncidentOfAFollowUpStoredBeforeThatRecallsItsDay(Dialect d) throws Exception {
    try (IncidentStore store = open(d)) {
      LocalDate hotelDay = LocalDate.of(2018, 1, 20);
      LocalDate trialDay = LocalDate.of(2018, 7, 2);
      StoreResult trial = store.store(sentencing(hotelDay, trialDay));
      assertThat(trial.created()).isEqualTo(2);
      StoreResult siege = store.store(article("b1", null, "Kabul hotel attacked", hotelDay, HOTEL_1,
          incident("b1#1", Status.MAIN, IncidentType.ARMED_ASSAULT, hotelDay, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 5), List.of(), HOTEL_1)));
      // it matches the recollection as well as the follow-up's own incident: the incident an article reports wins
      assertThat(siege.merged()).isEqualTo(1);
      assertThat(siege.incidentIds()).containsExactly(trial.incidentIds().get(0));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aFollowUpJoinsTheIncidentItRecallsMonthsLater(Dialect d) throws Exception {
    try (IncidentStore store = open(d)) {
      LocalDate hotelDay = LocalDate.of(2018, 1, 20);
      LocalDate trialDay = LocalDate.of(2018, 7, 2);
      StoreResult siege = store.store(article("b1", null, "Kabul hotel attacked", hotelDay, HOTEL_1,
          incident("b1#1", Status.MAIN, IncidentType.ARMED_ASSAULT, hotelDay, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 5), List.of(), HOTEL_1)));
      StoreResult trial = store.store(sentencing(hotelDay, trialDay));
      // five months apart, two firm dates: only the recalled day lets the sentencing join the siege
      assertThat(trial.incidentIds().get(0)).isEqualTo(siege.incidentIds().get(0));
    }
  }

  static final String ARREST = "Police arrested a man on Saturday in the siege of the Intercontinental Hotel in Kabul, "
      + "where gunmen stormed an information technology conference.";

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aMemberDatedByItsOwnLaterNewsDoesNotVetoAnotherFollowUp(Dialect d) throws Exception {
    try (IncidentStore store = open(d)) {
      LocalDate hotelDay = LocalDate.of(2018, 1, 20);
      LocalDate arrestDay = LocalDate.of(2018, 2, 10);
      StoreResult siege = store.store(article("b1", null, "Kabul hotel attacked", hotelDay, HOTEL_1,
          incident("b1#1", Status.MAIN, IncidentType.ARMED_ASSAULT, hotelDay, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 5), List.of(), HOTEL_1)));
      StoreResult trial = store.store(sentencing(hotelDay, LocalDate.of(2018, 7, 2)));
      assertThat(trial.incidentIds().get(0)).isEqualTo(siege.incidentIds().get(0));
      // an arrest three weeks after the siege, dated by its own news: the sentencing months later, a member of the
      // siege's incident, would veto it for its date; the incident's day is the siege's
      String text = ARREST + "\n" + HOTEL_1;
      StoreResult arrest = store.store(article("c1", null, "Suspect arrested", arrestDay, text,
          Fixtures.at(incident("c1#1", Status.MAIN, IncidentType.ARMED_ASSAULT, arrestDay, "explicit", KABUL,
              Map.of(), List.of(), ARREST), text, ARREST),
          Fixtures.at(incident("c1#2", Status.HISTORICAL, IncidentType.ARMED_ASSAULT, hotelDay, "explicit", KABUL,
              Map.of(FigureKind.KILLED, 5), List.of(), HOTEL_1), text, HOTEL_1)));
      assertThat(arrest.incidentIds().get(0)).isEqualTo(siege.incidentIds().get(0));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void twoReportsOfOneTownResolvedToNamesakesFarApartAreStillCompared(Dialect d) throws Exception {
    try (IncidentStore store = open(d)) {
      Fixtures.Place texas = new Fixtures.Place("Houston", 29.7633, -95.3633, "US");
      Fixtures.Place mississippi = new Fixtures.Place("Houston", 33.8985, -88.9992, "US");
      LocalDate day = LocalDate.of(2016, 9, 26);
      // the town is named by many stored reports, so its name is no rare word that the full-text route looks up
      for (int k = 0; k < 30; k++) {
        LocalDate other = day.minusDays(120 + 3L * k);
        String text = "shots were fired at a house in Houston, and nobody was hurt on street number " + k + ".";
        store.store(article("f" + k, null, "shots fired", other, text, incident("f" + k + "#1", Status.MAIN,
            IncidentType.ARMED_ASSAULT, other, "explicit", texas, Map.of(), List.of(), text)));
      }
      String first = "a lawyer opened fire on passing cars near a strip mall in Houston, wounding nine people.";
      String second = "a lawyer opened fire on passing cars near a strip mall in Houston, and nine people were hurt.";
      StoreResult a = store.store(article("a1", null, "nine wounded", day, first, incident("a1#1", Status.MAIN,
          IncidentType.ARMED_ASSAULT, day, "explicit", texas, Map.of(FigureKind.INJURED, 9), List.of(), first)));
      StoreResult b = store.store(article("b1", null, "nine hurt", day, second, incident("b1#1", Status.MAIN,
          IncidentType.ARMED_ASSAULT, day, "explicit", mississippi, Map.of(FigureKind.INJURED, 9), List.of(),
          second)));
      assertThat(b.incidentIds()).isEqualTo(a.incidentIds());
    }
  }

  /**
   * The same story three times: dated on its day, eight days later (a day misread: the two firm dates keep them
   * apart), and four days from each, which scores far above the join score with both.
   */
  private static List<StoreResult> threeFragments(IncidentStore store) throws Exception {
    LocalDate day = LocalDate.of(2018, 1, 20);
    List<StoreResult> out = new java.util.ArrayList<>();
    int[][] daysAndKilled = {{0, 5}, {8, 18}, {4, 22}};
    for (int[] dk : daysAndKilled) {
      String id = "a" + dk[0];
      LocalDate on = day.plusDays(dk[0]);
      out.add(store.store(article(id, null, "Kabul hotel attacked", on, HOTEL_1, incident(id + "#1", Status.MAIN,
          IncidentType.ARMED_ASSAULT, on, "explicit", KABUL, Map.of(FigureKind.KILLED, dk[1]), List.of(),
          HOTEL_1))));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aReportMatchingTwoFragmentsOfOneStoryFirmlyJoinsThemIntoTheOldest(Dialect d) throws Exception {
    try (IncidentStore store = open(d)) {
      List<StoreResult> r = threeFragments(store);
      assertThat(r.get(1).created()).isEqualTo(1);
      long oldest = r.get(0).incidentIds().get(0);
      assertThat(r.get(2).incidentIds()).containsExactly(oldest);

      List<IncidentRow> rows = new IncidentQueries(store.connection(), d).find(IncidentQuery.all(), true);
      assertThat(rows).extracting(IncidentRow::id).containsExactly(oldest);
      assertThat(rows.get(0).articles()).isEqualTo(3);
      assertThat(rows.get(0).killed()).isEqualTo(18); // the latest news's toll, as for any merge
      IncidentDetail detail = IncidentDetail.load(store.connection(), oldest);
      assertThat(detail.reports()).extracting(IncidentDetail.Report::inputId).containsExactly("a0", "a8", "a4");
      assertThat(detail.reports().get(2).mergeReason())
          .endsWith("; joins incidents " + List.of(oldest, r.get(1).incidentIds().get(0)));
      // the figure revisions of both fragments are kept, the join's own revision last
      assertThat(detail.revisions()).extracting(IncidentDetail.Revision::best).containsExactly(5, 18, 18);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void withAnInfiniteJoinScoreTheFragmentsStayApart(Dialect d) throws Exception {
    try (IncidentStore store = IncidentStore.open(TestDatabases.fresh(d, dir),
        MergeOptions.defaults().withJoinScore(Double.POSITIVE_INFINITY))) {
      List<StoreResult> r = threeFragments(store);
      assertThat(r.get(2).merged()).isEqualTo(1);
      assertThat(new IncidentQueries(store.connection(), d).find(IncidentQuery.all(), true)).hasSize(2);
    }
  }
}
