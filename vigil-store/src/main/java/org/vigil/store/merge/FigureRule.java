package org.vigil.store.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.vigil.model.FigureKind;
import org.vigil.model.Qualifier;

/**
 * Reconciles the figures of every source of one merged incident into one low / best / high per kind, in the spirit
 * of ACLED's rule ("the most conservative credible figure, revised as reports change"). Precisely, per kind:
 * <ol>
 *   <li>Only reports of the incident as a main incident count when there is one; background recollections
 *       ("the attack that killed 20 in March") count only for an incident no article reports as its main one.</li>
 *   <li>A vague figure ("dozens") counts only when no source gives a number.</li>
 *   <li>The latest reports are those with the latest publication date (a report without a date is older than any
 *       dated one). Tolls rise and are revised down as counts are checked (Sri Lanka 2019: 359, then 253), so the
 *       latest reports supersede the earlier ones, whatever their value.</li>
 *   <li>{@code best} is the smallest best figure among the latest reports (the most conservative of the current
 *       news); the report it came from is kept. {@code low} is the smallest low figure among the latest reports.
 *       {@code high} is the largest figure any source ever gave (its upper bound, or its best when open-ended).</li>
 * </ol>
 * Ties are broken by storage order, so the result is the same for a given input order. Stateless.
 */
public final class FigureRule {
  /** One source's figure. {@code order} is the report's storage order (its id). */
  public record SourceFigure(long reportId, long order, FigureKind kind, int low, int best, Integer high,
      Qualifier qualifier, LocalDate published, boolean main) {
    public SourceFigure {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(qualifier, "qualifier");
    }
  }

  /** The reconciled figure of one kind. */
  public record Reconciled(FigureKind kind, int low, int best, Integer high, long reportId, String rule) {}

  private FigureRule() {}

  /** The reconciled figure of {@code kind}, or null when no source gives one. */
  public static Reconciled reconcile(FigureKind kind, List<SourceFigure> all) {
    List<SourceFigure> figs = new ArrayList<>();
    for (SourceFigure f : all) {
      if (f.kind() == kind) {
        figs.add(f);
      }
    }
    if (figs.isEmpty()) {
      return null;
    }
    if (figs.stream().anyMatch(SourceFigure::main)) {
      figs.removeIf(f -> !f.main());
    }
    if (figs.stream().anyMatch(f -> f.qualifier() != Qualifier.VAGUE)) {
      figs.removeIf(f -> f.qualifier() == Qualifier.VAGUE);
    }
    LocalDate latest = figs.stream().map(SourceFigure::published).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    List<SourceFigure> current = new ArrayList<>();
    for (SourceFigure f : figs) {
      if (Objects.equals(f.published(), latest)) {
        current.add(f);
      }
    }
    if (latest == null) {
      // no dated report: the last stored one is the latest news
      SourceFigure last = figs.stream().max(Comparator.comparingLong(SourceFigure::order)).orElseThrow();
      current = List.of(last);
    }
    SourceFigure chosen = current.stream()
        .min(Comparator.comparingInt(SourceFigure::best).thenComparingLong(SourceFigure::order)).orElseThrow();
    int low = current.stream().mapToInt(SourceFigure::low).min().orElseThrow();
    int high = figs.stream().mapToInt(f -> f.high() != null ? f.high() : f.best()).max().orElseThrow();
    String rule = (current.size() == 1 ? "latest-report" : "latest-reports-lowest") + ": " + current.size()
        + " of " + figs.size() + " sources" + (latest == null ? "" : ", published " + latest);
    return new Reconciled(kind, Math.min(low, chosen.best()), chosen.best(), Math.max(high, chosen.best()),
        chosen.reportId(), rule);
  }
}
