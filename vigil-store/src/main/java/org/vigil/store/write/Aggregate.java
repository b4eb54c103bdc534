package org.vigil.store.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.model.IncidentType;
import org.vigil.model.Status;
import org.vigil.store.merge.ReportFeatures;

/**
 * The fields of a merged incident, derived from its member reports by fixed rules (documented on each field), so
 * that the record is a pure function of its reports and their storage order.
 *
 * @param status main when any member reports it as its article's main incident, else background
 * @param type the most frequent primary type among the deciding reports (ties: the first stored)
 * @param types every type any deciding report gives, in order of first appearance
 * @param date the report whose date stands: the most frequent firm date (a precise day read from the text; ties:
 *     the earliest), else the earliest date given, else null; a report dated by a later step of its own (a follow-up
 *     headline, an article that recalls earlier days: {@link ReportFeatures#mayBeLater()}) only when no other gives
 *     a date
 * @param place the report whose place stands: among reports with a town-level point (ACLED precision 1–2), the point
 *     most reports agree on (within about 1 km; ties: the most precise, then the first stored); else any point;
 *     else the first place name; else null
 * @param windowStart first day of the window of days the reports span (capped to 30 days around the date)
 * @param windowEnd last day of that window
 * @param perpetrators distinct perpetrator descriptions, organisations first, at most six
 * @param title the headline of the first stored deciding report
 * @param firstPublished earliest publication date of a member
 * @param lastPublished latest publication date of a member
 * @param reportCount member reports
 * @param articleCount distinct articles among members
 * @param firmDayMin earliest firm date (day number) among members, or null when none has one
 * @param firmDayMax latest firm date among members, or null
 */
record Aggregate(Status status, IncidentType type, List<IncidentType> types, ReportRows.Member date,
    ReportRows.Member place, Long windowStart, Long windowEnd, String perpetrators, String title,
    LocalDate firstPublished, LocalDate lastPublished, int reportCount, int articleCount, Long firmDayMin,
    Long firmDayMax) {

  static Aggregate of(List<ReportRows.Member> all) {
    List<ReportRows.Member> members = new ArrayList<>();
    for (ReportRows.Member m : all) {
      if (m.role().equals("member")) {
        members.add(m);
      }
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an incident needs a member report");
    }
    boolean main = members.stream().anyMatch(m -> m.features().status() == Status.MAIN);
    List<ReportRows.Member> deciding = new ArrayList<>(members);
    if (main) {
      deciding.removeIf(m -> m.features().status() != Status.MAIN);
    }
    Map<IncidentType, Integer> typeCount = new HashMap<>();
    Set<IncidentType> types = new LinkedHashSet<>();
    for (ReportRows.Member m : deciding) {
      typeCount.merge(m.features().types().get(0), 1, Integer::sum);
      types.addAll(m.features().types());
    }
    IncidentType type = null;
    for (ReportRows.Member m : deciding) {
      IncidentType t = m.features().types().get(0);
      if (type == null || typeCount.get(t) > typeCount.get(type)) {
        type = t;
      }
    }
    ReportRows.Member date = chooseDate(deciding);
    ReportRows.Member place = choosePlace(deciding);
    Long ws = null;
    Long we = null;
    for (ReportRows.Member m : members) {
      LocalDate d = m.features().day();
      if (d == null) {
        continue;
      }
      long lo = m.features().start() != null ? m.features().start().toEpochDay() : d.toEpochDay();
      long hi = m.features().end() != null ? m.features().end().toEpochDay() : d.toEpochDay();
      ws = ws == null ? lo : Math.min(ws, lo);
      we = we == null ? hi : Math.max(we, hi);
    }
    if (date != null && ws != null) {
      long d = date.features().day().toEpochDay();
      ws = Math.max(ws, d - 30);
      we = Math.min(we, d + 30);
      ws = Math.min(ws, d);
      we = Math.max(we, d);
    }
    Set<String> perps = new LinkedHashSet<>();
    for (ReportRows.Member m : deciding) {
      if (m.perpetrators() != null) {
        for (String p : m.perpetrators().split("; ")) {
          if (perps.size() < 6) {
            perps.add(p);
          }
        }
      }
    }
    LocalDate first = members.stream().map(m -> m.features().published()).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    LocalDate last = members.stream().map(m -> m.features().published()).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    long articles = members.stream().mapToLong(m -> m.features().articleId()).distinct().count();
    Long firmMin = null;
    Long firmMax = null;
    for (ReportRows.Member m : members) {
      if (m.features().firmDate() && !m.features().mayBeLater()) { // its date may be a later step's
        long d = m.features().start().toEpochDay();
        firmMin = firmMin == null ? d : Math.min(firmMin, d);
        firmMax = firmMax == null ? d : Math.max(firmMax, d);
      }
    }
    return new Aggregate(main ? Status.MAIN : Status.HISTORICAL, type, List.copyOf(types), date, place, ws, we,
        perps.isEmpty() ? null : String.join("; ", perps), deciding.get(0).title(), first, last, members.size(),
        (int) articles, firmMin, firmMax);
  }

  /**
   * The day an incident is dated on as {@link #of} chooses it (of its main members' firm dates the most frequent, the
   * earliest on a tie), or null when no member has a day.
   */
  static LocalDate day(List<ReportRows.Member> all) {
    List<ReportRows.Member> deciding = new ArrayList<>();
    boolean main = false;
    for (ReportRows.Member m : all) {
      if (m.role().equals("member")) {
        deciding.add(m);
        main |= m.features().status() == Status.MAIN;
      }
    }
    if (main) {
      deciding.removeIf(m -> m.features().status() != Status.MAIN);
    }
    ReportRows.Member date = deciding.isEmpty() ? null : chooseDate(deciding);
    return date == null ? null : date.features().day();
  }

  /**
   * The report whose date dates the incident: of the members that are not dated by a later step of their own
   * ({@link ReportFeatures#mayBeLater()}: an arrest, a plea, a funeral) when one of them has a date, else of all.
   */
  private static ReportRows.Member chooseDate(List<ReportRows.Member> all) {
    List<ReportRows.Member> ms = new ArrayList<>();
    for (ReportRows.Member m : all) {
      if (!m.features().mayBeLater() && m.features().start() != null) {
        ms.add(m);
      }
    }
    if (ms.isEmpty()) {
      ms = all;
    }
    Map<LocalDate, Integer> firm = new HashMap<>();
    for (ReportRows.Member m : ms) {
      if (m.features().firmDate()) {
        firm.merge(m.features().start(), 1, Integer::sum);
      }
    }
    ReportRows.Member best = null;
    for (ReportRows.Member m : ms) {
      if (!m.features().firmDate()) {
        continue;
      }
      LocalDate d = m.features().start();
      if (best == null || firm.get(d) > firm.get(best.features().start())
          || (firm.get(d).equals(firm.get(best.features().start())) && d.isBefore(best.features().start()))) {
        best = m;
      }
    }
    if (best != null) {
      return best;
    }
    for (ReportRows.Member m : ms) {
      if (m.features().start() != null
          && (best == null || m.features().start().isBefore(best.features().start()))) {
        best = m;
      }
    }
    return best;
  }

  private static ReportRows.Member choosePlace(List<ReportRows.Member> ms) {
    ReportRows.Member best = null;
    int bestVotes = -1;
    for (boolean firmOnly : new boolean[] {true, false}) {
      for (ReportRows.Member m : ms) {
        ReportFeatures f = m.features();
        if (f.lat() == null || (firmOnly && !f.firmPlace())) {
          continue;
        }
        int votes = 0;
        for (ReportRows.Member o : ms) {
          if (o.features().lat() != null && Math.abs(o.features().lat() - f.lat()) < 0.01
              && Math.abs(o.features().lon() - f.lon()) < 0.01) {
            votes++;
          }
        }
        if (votes > bestVotes || (votes == bestVotes && precision(f) < precision(best.features()))) {
          best = m;
          bestVotes = votes;
        }
      }
      if (best != null) {
        return best;
      }
    }
    for (ReportRows.Member m : ms) {
      if (m.features().place() != null) {
        return m;
      }
    }
    return null;
  }

  private static int precision(ReportFeatures f) {
    return f.geoPrecision() == 0 ? 9 : f.geoPrecision();
  }
}
