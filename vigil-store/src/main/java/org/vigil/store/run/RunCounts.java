package org.vigil.store.run;

import java.util.Locale;
import org.vigil.model.Outcome;
import org.vigil.store.StoreResult;

/**
 * The counts of a run. Every input read is counted once in exactly one of extracted, skipped, rejected (stored
 * now), duplicate (same content or URL as another stored article) or already stored (stored by an earlier run), so
 * {@code read = extracted + skipped + rejected + duplicates + alreadyStored}. Not thread-safe.
 */
public final class RunCounts {
  long read;
  long extracted;
  long skipped;
  long rejected;
  long duplicates;
  long alreadyStored;
  long created;
  long merged;
  long linked;

  void add(Outcome o, StoreResult r) {
    read++;
    switch (r.kind()) {
      case ALREADY_STORED -> alreadyStored++;
      case DUPLICATE -> duplicates++;
      case STORED -> {
        if (o instanceof Outcome.Extracted) {
          extracted++;
        } else if (o instanceof Outcome.Skipped) {
          skipped++;
        } else {
          rejected++;
        }
        created += r.created();
        merged += r.merged();
        linked += r.linked();
      }
      default -> throw new IllegalStateException();
    }
  }

  void countAlreadyStored() {
    read++;
    alreadyStored++;
  }

  public long read() {
    return read;
  }

  public long extracted() {
    return extracted;
  }

  public long skipped() {
    return skipped;
  }

  public long rejected() {
    return rejected;
  }

  public long duplicates() {
    return duplicates;
  }

  public long alreadyStored() {
    return alreadyStored;
  }

  public long created() {
    return created;
  }

  public long merged() {
    return merged;
  }

  /** The summary line: {@code 1,000 read · 912 extracted · 80 skipped · 8 rejected · 0 duplicate · …}. */
  public String summary() {
    return String.format(Locale.ROOT, "%,d read · %,d extracted · %,d skipped · %,d rejected · %,d duplicate · "
        + "%,d already stored · incidents: %,d new, %,d reports merged, %,d background linked", read, extracted,
        skipped, rejected, duplicates, alreadyStored, created, merged, linked);
  }
}
