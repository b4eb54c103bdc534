package org.vigil.eval.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.vigil.eval.data.DataFile;

/**
 * What every {@code vigil eval} run prints, in one format: the data files with their SHA-256, the counts, where the
 * predictions went, the scores and the run time. Not thread-safe (one per run).
 */
public final class RunReport {
  private final PrintWriter out;
  private final long started = System.nanoTime();

  public RunReport(PrintWriter out) {
    this.out = out;
  }

  /** Names a data file and its SHA-256. */
  public void data(String role, DataFile file) throws IOException {
    out.printf(Locale.ROOT, "%-11s %s%n%-11s sha256 %s%n", role + ":", file.path(), "", file.sha256());
    out.flush();
  }

  /** The run's counts, and what share of the extracted records had a main incident (or text), if given. */
  public void counts(RunCounts counts, String withWhat, long with) {
    out.println("counts:     " + counts.line());
    if (withWhat != null) {
      out.printf(Locale.ROOT, "            %,d with %s%n", with, withWhat);
    }
  }

  /**
   * The screen's options and how many inputs it turned away, by reason, and how they are scored.
   */
  public void screened(org.vigil.pipeline.screen.ScreenOptions screens,
      java.util.List<org.vigil.model.Outcome> outcomes) {
    screened(screens, outcomes, "scored as predicted-empty");
  }

  /** {@link #screened(org.vigil.pipeline.screen.ScreenOptions, java.util.List)} saying how they are scored. */
  public void screened(org.vigil.pipeline.screen.ScreenOptions screens,
      java.util.List<org.vigil.model.Outcome> outcomes, String scoredAs) {
    java.util.Map<String, Long> reasons = new java.util.TreeMap<>();
    for (org.vigil.model.Outcome o : outcomes) {
      if (o instanceof org.vigil.model.Outcome.Skipped s && s.stage() == org.vigil.model.Stage.SCREEN) {
        reasons.merge(s.reason(), 1L, Long::sum);
      }
    }
    long n = reasons.values().stream().mapToLong(Long::longValue).sum();
    out.printf(Locale.ROOT, "screen:     %s · %,d screened out %s (%s)%n", screens.names(), n,
        reasons, scoredAs);
  }

  /** Where the predictions were written. */
  public void predictions(Path file) {
    out.println("predictions: " + file);
  }

  /** A titled block of scores. */
  public void scores(String title, String body) {
    out.println(title);
    out.println(body.endsWith("\n") ? body.substring(0, body.length() - 1) : body);
  }

  /** Seconds since the report was made. */
  public double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  /** The run time, and flushes. */
  public void done(long records) {
    double s = seconds();
    out.printf(Locale.ROOT, "time:       %.1f s (%.2f records/s)%n", s, records / Math.max(s, 1e-9));
    out.flush();
  }

  /** A free line. */
  public void line(String text) {
    out.println(text);
    out.flush();
  }
}
