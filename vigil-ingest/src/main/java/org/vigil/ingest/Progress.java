package org.vigil.ingest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The progress of a batch on stderr: on a terminal a bar redrawn in place (count, rate, share done and ETA), elsewhere
 * a plain line every {@link #LINE_EVERY} so that logs stay readable. The share done and the ETA come from the bytes
 * of local files read so far against their total; without a known total (stdin, URLs, feeds) only the count and
 * the rate are shown. Used by {@code vigil run} and {@code vigil extract}. Not thread-safe: tick from one thread.
 */
public final class Progress implements AutoCloseable {
  /** How often a plain line is written when stderr is not a terminal. */
  public static final Duration LINE_EVERY = Duration.ofSeconds(10);

  private static final long BAR_EVERY_NANOS = 250_000_000L;
  private static final int BAR_WIDTH = 24;

  /** How progress is shown. */
  public enum Mode {
    /** A bar when stderr is a terminal, plain lines otherwise. */
    AUTO,
    BAR,
    LINES,
    OFF;

    /** The mode named {@code auto}, {@code bar}, {@code lines} or {@code off}. */
    public static Mode parse(String name) {
      for (Mode m : values()) {
        if (m.name().equalsIgnoreCase(name.strip())) {
          return m;
        }
      }
      throw new IllegalArgumentException("--progress must be auto, bar, lines or off, not '" + name + "'");
    }
  }

  private final PrintWriter err;
  private final Mode mode;
  private final LongSupplier nanos;
  private final LongSupplier done;
  private final LongSupplier total;
  private final long lineEveryNanos;
  private final long started;
  private long count;
  private long lastDrawn;
  private boolean drawn;

  /**
   * @param err where progress goes
   * @param mode how; {@link Mode#AUTO} is resolved here
   * @param nanos the clock ({@code System::nanoTime})
   * @param done bytes read so far
   * @param total bytes to read, or a negative number when unknown
   */
  public Progress(PrintWriter err, Mode mode, LongSupplier nanos, LongSupplier done, LongSupplier total) {
    this.err = Objects.requireNonNull(err, "err");
    this.mode = mode == Mode.AUTO ? (stderrIsTerminal() ? Mode.BAR : Mode.LINES) : mode;
    this.nanos = Objects.requireNonNull(nanos, "nanos");
    this.done = Objects.requireNonNull(done, "done");
    this.total = Objects.requireNonNull(total, "total");
    this.lineEveryNanos = LINE_EVERY.toNanos();
    this.started = nanos.getAsLong();
    this.lastDrawn = started;
  }

  /** Progress over a {@link Sources}: its bytes read against its total. */
  public static Progress of(PrintWriter err, Mode mode, Sources sources) {
    return new Progress(err, mode, System::nanoTime, sources::bytesDone, sources::bytesTotal);
  }

  /** The mode in use (never {@link Mode#AUTO}). */
  public Mode mode() {
    return mode;
  }

  /** Counts one input and redraws when it is time. */
  public void tick() {
    count++;
    if (mode == Mode.OFF) {
      return;
    }
    long now = nanos.getAsLong();
    long every = mode == Mode.BAR ? BAR_EVERY_NANOS : lineEveryNanos;
    if (now - lastDrawn >= every) {
      lastDrawn = now;
      if (mode == Mode.BAR) {
        err.print("\r" + line(now, true) + "\u001b[K");
      } else {
        err.println(line(now, false));
      }
      err.flush();
      drawn = true;
    }
  }

  /** The inputs counted so far. */
  public long count() {
    return count;
  }

  /** Wraps an iterator so that each element it hands out is counted. */
  public <T> Iterator<T> track(Iterator<T> inputs) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public T next() {
        T t = inputs.next();
        tick();
        return t;
      }
    };
  }

  /** The progress text at {@code now}: count, rate, and share done with ETA when the total is known. */
  String line(long now, boolean bar) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %,d inputs · %.1f/s", count,
        count / seconds));
    long t = total.getAsLong();
    long d = done.getAsLong();
    if (t > 0) {
      double frac = Math.min(1.0, Math.max(0.0, d / (double) t));
      if (bar) {
        int filled = (int) Math.round(frac * BAR_WIDTH);
        b.append(" [").append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append(']');
      }
      b.append(String.format(Locale.ROOT, " · %.0f%%", frac * 100));
      if (frac > 0) {
        b.append(" · ETA ").append(duration((long) (seconds * (1 - frac) / frac)));
      }
    }
    if (!bar) {
      b.append(" · ").append(duration((long) seconds)).append(" elapsed");
    }
    return b.toString();
  }

  static String duration(long seconds) {
    if (seconds >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
    if (seconds >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return seconds + "s";
  }

  /** Clears the bar, so that the summary line that follows starts on a clean line. */
  @Override
  public void close() {
    if (mode == Mode.BAR && drawn) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }

  /**
   * Whether this process's stderr is a terminal. Java has no direct test for stderr (System.console() looks at stdin
   * and stdout), so on Linux the file descriptor's target is read; elsewhere the console test is the best guess.
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // fall through to the console test
    }
    return System.console() != null;
  }
}
