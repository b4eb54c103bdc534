package org.vigil.model;

import java.util.Objects;

/** What became of one input: every input ends in exactly one outcome, so a run's counts add up. */
public sealed interface Outcome {
  /** The input's id. */
  String id();

  /** The input was read, cleaned and extracted (possibly with zero incidents). */
  record Extracted(String id, Extraction extraction) implements Outcome {
    public Extracted {
      Objects.requireNonNull(id);
      Objects.requireNonNull(extraction);
    }
  }

  /**
   * The input was fine but deliberately not extracted (not English, duplicate, not relevant).
   *
   * @param duplicateOf for a copy of a story read before, the id of its first copy; else null
   */
  record Skipped(String id, Stage stage, String reason, String message, String duplicateOf) implements Outcome {
    public Skipped {
      Objects.requireNonNull(id);
      Objects.requireNonNull(stage);
      Objects.requireNonNull(reason);
    }

    /** A skip that points to no earlier copy. */
    public Skipped(String id, Stage stage, String reason, String message) {
      this(id, stage, reason, message, null);
    }
  }

  /** The input was bad (empty, binary, undecodable, too large) or a stage failed on it. */
  record Rejected(String id, Stage stage, String reason, String message, String inputHash) implements Outcome {
    public Rejected {
      Objects.requireNonNull(id);
      Objects.requireNonNull(stage);
      Objects.requireNonNull(reason);
    }
  }
}
