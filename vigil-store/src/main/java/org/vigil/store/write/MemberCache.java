package org.vigil.store.write;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer's copy of the candidates' reports ({@link ReportRows#load}), kept per incident so that an incident that
 * is a candidate again (a town's incidents are candidates of every report of that town) is neither read nor parsed
 * again. An incident is forgotten as soon as a report is stored into it ({@link #changed}); the whole copy is dropped
 * like the writer's other caches: after a rollback, when another process wrote to the store, or when it holds more
 * than {@link #MAX} incidents. Answers exactly as {@link ReportRows#load} does, in the same order. Not thread-safe.
 */
final class MemberCache {
  /** Incidents kept at most (then the copy starts again empty). */
  static final int MAX = 100_000;

  private final Map<Long, List<ReportRows.Member>> byIncident = new HashMap<>();

  /**
   * The member and linked reports of the given incidents, as {@link ReportRows#load} returns them: incidents in
   * chunks of {@link Sql#MAX_IN} of the given order, within a chunk by their first report's id, each with its reports
   * in storage order; incidents without reports left out. The lists returned must not be changed.
   */
  Map<Long, List<ReportRows.Member>> load(Statements st, Collection<Long> incidentIds) throws SQLException {
    List<Long> missing = new ArrayList<>();
    for (Long id : incidentIds) {
      if (!byIncident.containsKey(id)) {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      if (byIncident.size() + missing.size() > MAX) {
        byIncident.clear();
        missing = new ArrayList<>(incidentIds);
      }
      Map<Long, List<ReportRows.Member>> read = ReportRows.load(st, missing);
      for (Long id : missing) {
        byIncident.put(id, List.copyOf(read.getOrDefault(id, List.of())));
      }
    }
    Map<Long, List<ReportRows.Member>> out = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>(incidentIds);
    for (int i = 0; i < ids.size(); i += Sql.MAX_IN) {
      List<Long> chunk = new ArrayList<>();
      for (Long id : ids.subList(i, Math.min(ids.size(), i + Sql.MAX_IN))) {
        if (!byIncident.get(id).isEmpty()) {
          chunk.add(id);
        }
      }
      chunk.sort(Comparator.comparingLong(id -> byIncident.get(id).get(0).reportId()));
      chunk.forEach(id -> out.putIfAbsent(id, byIncident.get(id)));
    }
    return out;
  }

  /** Forgets an incident whose reports changed (a report was stored into it). */
  void changed(long incidentId) {
    byIncident.remove(incidentId);
  }

  /** Forgets everything. */
  void clear() {
    byIncident.clear();
  }
}
