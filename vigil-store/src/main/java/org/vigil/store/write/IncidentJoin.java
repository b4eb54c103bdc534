package org.vigil.store.write;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.vigil.store.db.Dialect;

/**
 * Joins incidents into one when a new report matches several of them firmly ({@link
 * org.vigil.store.merge.MergeOptions#joinScore()}): fragments of one story that the merge kept apart (a trial dated
 * months after the shooting, a follow-up that reached neither report of the other fragment). The surviving incident
 * is the oldest (lowest id), so that ids handed out earlier stay valid as long as possible; the others' reports,
 * figures and figure revisions move to it, and their incident rows, figures and index entries are deleted. The
 * caller then refreshes the survivor from all its reports. Not thread-safe: runs in the writer's transaction.
 */
final class IncidentJoin {
  private IncidentJoin() {}

  /**
   * Moves every report of {@code others} into {@code keep} and deletes the others' rows.
   *
   * @param index the writer's candidate index, or null; told that the others are gone
   * @param fts SQLite's pending full-text entries, or null (PostgreSQL's entry is a column of the deleted row)
   */
  static void absorb(Statements st, Dialect dialect, CandidateIndex index, PendingFts fts, long keep,
      Collection<Long> others) throws SQLException {
    for (long other : others) {
      st.update("UPDATE reports SET incident_id = ? WHERE incident_id = ?", keep, other);
      st.update("UPDATE report_figures SET incident_id = ? WHERE incident_id = ?", keep, other);
      st.update("UPDATE figure_revisions SET incident_id = ? WHERE incident_id = ?", keep, other);
      st.update("DELETE FROM incident_figures WHERE incident_id = ?", other);
      if (dialect == Dialect.SQLITE) {
        st.update("DELETE FROM incident_rtree WHERE id = ?", other);
        fts.delete(other);
        if (index != null && index.loaded()) {
          index.put(other, null, null, null, null, new int[0]); // no window, no words: never found again
        }
      }
      st.update("DELETE FROM incidents WHERE id = ?", other);
    }
  }

  /**
   * The reports of the joined incidents as the store now holds them (all in {@code keep}), in storage order.
   *
   * @param members each incident's reports as loaded before the join
   */
  static List<ReportRows.Member> members(Map<Long, List<ReportRows.Member>> members, Collection<Long> ids, long keep) {
    List<ReportRows.Member> out = new ArrayList<>();
    for (long id : ids) {
      for (ReportRows.Member m : members.getOrDefault(id, List.of())) {
        out.add(new ReportRows.Member(m.reportId(), keep, m.role(), m.title(), m.features(), m.perpetrators(),
            m.locality(), m.admin1()));
      }
    }
    out.sort(Comparator.comparingLong(ReportRows.Member::reportId));
    return out;
  }
}
