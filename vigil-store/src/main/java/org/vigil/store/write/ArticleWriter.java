package org.vigil.store.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Extraction;
import org.vigil.model.Incident;
import org.vigil.model.Outcome;
import org.vigil.model.Status;
import org.vigil.store.ArticleInput;
import org.vigil.store.CanonicalUrl;
import org.vigil.store.StoreResult;
import org.vigil.store.db.Dialect;
import org.vigil.store.homes.OutletVotes;
import org.vigil.store.merge.Idf;
import org.vigil.store.merge.MatchScorer;
import org.vigil.store.merge.Outlet;
import org.vigil.store.merge.ReportFeatures;

/**
 * Writes one input inside the caller's transaction: the article row (or a duplicate row) and its outlet vote
 * ({@link OutletVotes}), then each incident of the extraction as a report that joins the best-scoring existing
 * incident or starts a new one, then the incidents it touched are refreshed.
 *
 * <p>Merge rules: a main report joins the best candidate scoring at least the threshold; an article's reports never
 * join each other's incidents. One member's veto keeps the report out of its incident, unless that member is dated
 * {@link org.vigil.store.merge.MergeOptions#firmDayVeto()} days or more after the incident's own day (an arrest or a
 * trial dated by its own news, {@link MatchScorer#laterThan}). A background report (an earlier incident the article
 * recalls) that matches an incident some article reports as its main one is only <em>linked</em> to it (kept, not
 * counted in its figures); matched to another background incident it joins it; unmatched it starts a background
 * incident. Warnings and hypothetical events are not incidents: they stay in the stored extraction only.
 *
 * <p>A follow-up stored earlier (a main report whose article recalls earlier incidents' days,
 * {@link ReportFeatures#recalled()}) stands for the incidents it recalls: when a candidate holds one of its background
 * reports, the follow-up's own incident is scored too, its members with that background report, so that a new report
 * of the recalled incident can join the follow-up. Of two candidates scoring the same, one some article reports as its
 * main incident wins.
 *
 * <p>A main report that scores at least {@link org.vigil.store.merge.MergeOptions#joinScore()} with two or more
 * incidents some article reports as their main one joins them ({@link IncidentJoin}): they are fragments of one story
 * that the dates kept apart, and the report belongs to the oldest, which takes the others' reports.
 */
public final class ArticleWriter {
  private final Statements st;
  private final Dialect dialect;
  private final MatchScorer scorer;
  private final ObjectMapper mapper;
  private final TermStats stats;
  /** SQLite: the full-text routes' data in memory (null on PostgreSQL, whose routes stay in SQL). */
  private final CandidateIndex index;
  /** SQLite: the transaction's full-text entries, written before the commit (null on PostgreSQL). */
  private final PendingFts fts;
  /** The candidates' reports as last read, per incident. */
  private final MemberCache cache = new MemberCache();

  /**
   * @param st the writer's connection and statements
   * @param dialect its database
   * @param scorer the merge's scorer
   * @param mapper JSON for the stored extractions and reports
   */
  public ArticleWriter(Statements st, Dialect dialect, MatchScorer scorer, ObjectMapper mapper) {
    this.st = st;
    this.dialect = dialect;
    this.scorer = scorer;
    this.mapper = mapper;
    this.stats = new TermStats(st);
    this.index = dialect == Dialect.SQLITE ? new CandidateIndex() : null;
    this.fts = dialect == Dialect.SQLITE ? new PendingFts() : null;
  }

  /** CPU seconds the writer spent loading its candidate index from the store (SQLite; 0 on PostgreSQL). */
  public double candidateIndexLoadCpuSeconds() {
    return index == null ? 0 : index.loadCpuNanos() / 1e9;
  }

  /** Forgets what was cached from the store; call after a rolled-back transaction. */
  public void reset() {
    stats.reset();
    cache.clear();
    if (index != null) {
      index.clear();
      fts.clear();
    }
    st.newTransaction();
  }

  /**
   * Starts a transaction: takes the write lock and reads what the writer keeps in memory while it lasts (id
   * counters, term statistics). One transaction may hold any number of {@link #write} calls; the result is the same
   * as with one transaction each.
   */
  public void begin() throws SQLException {
    dialect.lockForWrite(st.connection());
    st.newTransaction();
    if (!stats.begin()) {
      cache.clear(); // the store may have changed under the caches
      if (index != null) {
        index.clear();
      }
    }
  }

  /** Writes what was kept in memory during the transaction; call just before the commit. */
  public void beforeCommit() throws SQLException {
    stats.flush();
    if (fts != null) {
      fts.flush(st);
      index.flush(st);
    }
  }

  /**
   * What the writer computes of one input without reading the store: its URLs, its reports' features and word sets,
   * and the JSON of its extraction and reports. Pure, so any thread may compute it ahead of the writer.
   *
   * @param in the input
   * @param url its URL (the input's, or the extraction's)
   * @param canonical the canonical form of the URL, or null
   * @param title the headline, or null
   * @param published the publication date, or null
   * @param incidents the incidents stored as reports (main and background), in article order
   * @param features their features, with article id 0 (the id is only known when the article is inserted)
   * @param words per report: its terms, names, people and streets, in that order (what the term statistics count)
   * @param json per report: the incident's JSON
   * @param extractionJson the extraction's JSON, or null when nothing was extracted
   */
  public record Prepared(ArticleInput in, String url, String canonical, String title, LocalDate published,
      List<Incident> incidents, List<ReportFeatures> features, List<Set<String>> words, List<String> json,
      String extractionJson) {}

  /** Computes what {@link #write(Prepared)} needs of {@code in} without reading the store; thread-safe. */
  public Prepared prepare(ArticleInput in) {
    Extraction ex = in.outcome() instanceof Outcome.Extracted e ? e.extraction() : null;
    String url = in.url() != null ? in.url() : ex != null ? ex.article().url() : null;
    String title = in.title() != null ? in.title() : ex != null ? ex.article().title() : null;
    LocalDate published = in.published() != null ? in.published() : ex != null ? ex.article().published() : null;
    List<Incident> incidents = new ArrayList<>();
    if (ex != null) {
      for (Incident i : ex.incidents()) {
        if (i.status() == Status.MAIN || i.status() == Status.HISTORICAL) {
          incidents.add(i);
        }
      }
    }
    List<ReportFeatures> features = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    List<String> json = new ArrayList<>();
    String outlet = Outlet.of(url);
    for (Incident inc : incidents) {
      ReportFeatures f = ReportFeatures.of(inc, 0, published, title, in.text()).withOutlet(outlet);
      Set<String> w = new LinkedHashSet<>(f.terms());
      w.addAll(f.names());
      w.addAll(f.persons());
      w.addAll(f.streets()); // counted, so that the merge knows which streets are rare
      features.add(f);
      words.add(w);
      json.add(json(inc));
    }
    Set<LocalDate> recalled = ReportFeatures.recalledDays(features);
    if (!recalled.isEmpty()) {
      features.replaceAll(f -> f.status() == Status.MAIN ? f.withRecalled(recalled) : f);
    }
    return new Prepared(in, url, CanonicalUrl.of(url), title, published, incidents, features, words, json,
        ex == null ? null : json(ex));
  }

  /** Writes the input inside a transaction opened by {@link #begin()}; the caller commits. */
  public StoreResult write(ArticleInput in) throws SQLException {
    return write(prepare(in));
  }

  /** Writes a prepared input inside a transaction opened by {@link #begin()}; the caller commits. */
  public StoreResult write(Prepared p) throws SQLException {
    ArticleInput in = p.in();
    ArticleRows.Known known = ArticleRows.find(st, in.inputHash(), p.canonical());
    if (known != null) {
      if (known.sameInput(in.inputId(), in.inputHash())) {
        return new StoreResult(StoreResult.Kind.ALREADY_STORED, known.articleId(), 0, 0, 0, List.of());
      }
      ArticleRows.insertDuplicate(st, in.inputId(), in.inputHash(), known);
      return new StoreResult(StoreResult.Kind.DUPLICATE, known.articleId(), 0, 0, 0, List.of());
    }
    String title = p.title();
    LocalDate published = p.published();
    long articleId = st.nextId("articles");
    List<Incident> incidents = p.incidents();
    ArticleRows.insert(st, articleId, in.inputId(), in.inputHash(), p.canonical(), p.url(), title, published,
        in.outcome(), incidents.size(), p.extractionJson());
    if (in.vote() != null && in.outcome() instanceof Outcome.Extracted) {
      OutletVotes.insert(st.connection(), articleId, in.vote());
    }
    int created = 0;
    int merged = 0;
    int linked = 0;
    List<Long> touched = new ArrayList<>();
    if (index != null && !incidents.isEmpty()) {
      index.load(st);
    }
    CandidateFinder finder = new CandidateFinder(st, dialect, scorer.options(), index, fts);
    IncidentRefresher refresher = new IncidentRefresher(st, dialect, index, fts);
    int ordinal = 0;
    for (int k = 0; k < incidents.size(); k++) {
      Incident inc = incidents.get(k);
      ReportFeatures f = p.features().get(k).withArticle(articleId);
      Set<String> words = p.words().get(k);
      Idf idf0 = stats.idf(List.of(words));
      Set<Long> candidates = finder.find(f, idf0, stats::rare);
      candidates.removeAll(touched);
      Map<Long, List<ReportRows.Member>> members = new LinkedHashMap<>(cache.load(st, candidates));
      Map<Long, List<ReportRows.Member>> borrowed = borrowed(members, finder.recallers(members), touched);
      members.putAll(cache.load(st, borrowed.keySet().stream()
          .filter(id -> !members.containsKey(id)).toList()));
      List<Set<String>> termSets = new ArrayList<>();
      termSets.add(words);
      members.values().forEach(ms -> ms.forEach(m -> {
        termSets.add(m.features().terms());
        termSets.add(m.features().names());
        termSets.add(m.features().persons());
      }));
      Idf idf = stats.idf(termSets);
      long bestId = -1;
      MatchScorer.Score best = null;
      boolean bestIsMain = false;
      List<Long> firm = new ArrayList<>(); // main incidents scoring at least the join score
      for (Map.Entry<Long, List<ReportRows.Member>> e : members.entrySet()) {
        MatchScorer.Score s = null;
        boolean main = false;
        List<ReportRows.Member> scored = new ArrayList<>();
        e.getValue().forEach(m -> {
          if (m.role().equals("member")) {
            scored.add(m);
          }
        });
        scored.addAll(borrowed.getOrDefault(e.getKey(), List.of()));
        LocalDate day = null; // the incident's own day: needed only when a member vetoes
        boolean dayKnown = false;
        for (ReportRows.Member m : scored) {
          main |= m.features().status() == Status.MAIN;
          MatchScorer.Score ms = scorer.score(f, m.features(), idf);
          if (ms.vetoed() && !dayKnown) {
            day = Aggregate.day(e.getValue());
            dayKnown = true;
          }
          if (ms.vetoed() && scorer.laterThan(m.features(), day)) {
            continue; // a member dated by its own later news (an arrest, a trial) does not veto for its date
          }
          if (ms.vetoed()) {
            s = ms;
            break; // one firm contradiction with any member keeps the report out
          }
          if (s == null || ms.value() > s.value()) {
            s = ms;
          }
        }
        if (s != null && !s.vetoed() && main && s.value() >= scorer.options().joinScore()) {
          firm.add(e.getKey());
        }
        if (s != null && !s.vetoed() && s.value() >= scorer.options().threshold()
            && (best == null || s.value() > best.value() || s.value() == best.value() && main && !bestIsMain)) {
          best = s;
          bestId = e.getKey();
          bestIsMain = main;
        }
      }
      long reportId = st.nextId("reports");
      String json = p.json().get(k);
      boolean isNew = best == null;
      long incidentId = isNew ? st.nextId("incidents") : bestId;
      List<Long> parts = inc.status() == Status.MAIN && bestIsMain && firm.size() > 1 && firm.contains(bestId)
          ? firm : List.of(); // one story's fragments, joined into the oldest
      if (!parts.isEmpty()) {
        incidentId = java.util.Collections.min(parts);
      }
      String role = "member";
      if (isNew) {
        created++;
      } else if (inc.status() == Status.HISTORICAL && bestIsMain) {
        role = "link";
        linked++;
      } else {
        merged++;
      }
      List<ReportRows.FigureRow> figureRows = ReportRows.insert(st, reportId, incidentId, articleId, ordinal++,
          inc, f, role, best == null ? null : best.value(), best == null ? "new incident" : best.reason()
          + (parts.isEmpty() ? "" : "; joins incidents " + parts), json);
      cache.changed(incidentId);
      if (!parts.isEmpty()) {
        final long keep = incidentId;
        List<Long> others = parts.stream().filter(id -> id != keep).toList();
        IncidentJoin.absorb(st, dialect, index, fts, keep, others);
        others.forEach(cache::changed); // their reports moved to the kept incident
      }
      stats.add(words);
      if (!role.equals("link")) {
        // the incident's reports as the store now holds them: the candidate's, loaded above, and this one
        List<ReportRows.Member> all = new ArrayList<>(isNew ? List.of()
            : parts.isEmpty() ? members.get(incidentId) : IncidentJoin.members(members, parts, incidentId));
        all.add(ReportRows.member(reportId, incidentId, role, title, inc, f));
        refresher.refresh(incidentId, all, isNew, figureRows, articleId, published);
      }
      touched.add(incidentId);
    }
    return new StoreResult(StoreResult.Kind.STORED, articleId, created, merged, linked, touched);
  }

  /**
   * For each incident a follow-up stored earlier reports as its main one ({@code recallers}: incident → articles),
   * that article's background reports among the candidates' {@code members}: the incident it recalls is scored as
   * the follow-up's own, so that a new report of that incident joins the follow-up rather than its recollection.
   */
  private static Map<Long, List<ReportRows.Member>> borrowed(Map<Long, List<ReportRows.Member>> members,
      Map<Long, Set<Long>> recallers, List<Long> touched) {
    Map<Long, List<ReportRows.Member>> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<Long, Set<Long>> r : recallers.entrySet()) {
      if (touched.contains(r.getKey())) {
        continue;
      }
      List<ReportRows.Member> bg = new ArrayList<>();
      members.values().forEach(ms -> ms.forEach(m -> {
        if (m.features().status() == Status.HISTORICAL && r.getValue().contains(m.features().articleId())) {
          bg.add(m);
        }
      }));
      out.put(r.getKey(), bg);
    }
    return out;
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
