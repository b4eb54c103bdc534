package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong clock = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final StringWriter text = new StringWriter();

  private Progress progress(Progress.Mode mode, long total) {
    return new Progress(new PrintWriter(text), mode, clock::get, done::get, () -> total);
  }

  @Test
  void plainLinesComeEveryTenSecondsWithCountRateShareAndEta() {
    Progress p = progress(Progress.Mode.LINES, 1000);
    for (int i = 0; i < 50; i++) {
      clock.addAndGet(100_000_000L);
      done.addAndGet(5);
      p.tick();
    }
    assertThat(text.toString()).isEmpty();
    for (int i = 0; i < 50; i++) {
      clock.addAndGet(100_000_000L);
      done.addAndGet(5);
      p.tick();
    }
    assertThat(text.toString()).isEqualTo("  100 inputs · 10.0/s · 50% · ETA 10s · 10s elapsed\n");
    p.close();
    assertThat(text.toString().lines()).hasSize(1);
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlaceAndClearedAtTheEnd() {
    Progress p = progress(Progress.Mode.BAR, 400);
    clock.set(1_000_000_000L);
    done.set(100);
    p.track(List.of("a", "b").iterator()).forEachRemaining(s -> { });
    assertThat(text.toString()).startsWith("\r  1 inputs · 1.0/s [######..................] · 25% · ETA 3s");
    p.close();
    assertThat(text.toString()).endsWith("\r\u001b[K");
    assertThat(p.count()).isEqualTo(2);
  }

  @Test
  void withoutATotalThereIsNoEtaAndOffPrintsNothing() {
    Progress p = progress(Progress.Mode.LINES, -1);
    clock.set(20_000_000_000L);
    p.tick();
    assertThat(text.toString()).isEqualTo("  1 inputs · 0.1/s · 20s elapsed\n");
    Progress off = progress(Progress.Mode.OFF, 10);
    clock.addAndGet(60_000_000_000L);
    off.tick();
    assertThat(text.toString().lines()).hasSize(1);
    assertThat(Progress.duration(3725)).isEqualTo("1h02m");
    assertThat(Progress.Mode.parse("Bar")).isEqualTo(Progress.Mode.BAR);
    assertThatThrownBy(() -> Progress.Mode.parse("fancy")).hasMessageContaining("auto, bar, lines or off");
  }
}
