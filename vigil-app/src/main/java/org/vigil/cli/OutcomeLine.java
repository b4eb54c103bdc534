package org.vigil.cli;

import java.util.Locale;
import org.vigil.model.Extraction;
import org.vigil.model.Outcome;

/** One line of batch output: the input's id, its outcome and either the extraction or the reason. */
record OutcomeLine(String id, String outcome, String stage, String reason, String message, String duplicateOf,
    String inputHash, Extraction extraction) {
  static OutcomeLine of(Outcome o) {
    if (o instanceof Outcome.Extracted e) {
      return new OutcomeLine(e.id(), "extracted", null, null, null, null, null, e.extraction());
    }
    if (o instanceof Outcome.Skipped s) {
      return new OutcomeLine(s.id(), "skipped", s.stage().name().toLowerCase(Locale.ROOT), s.reason(), s.message(),
          s.duplicateOf(), null, null);
    }
    Outcome.Rejected r = (Outcome.Rejected) o;
    return new OutcomeLine(r.id(), "rejected", r.stage().name().toLowerCase(Locale.ROOT), r.reason(), r.message(),
        null, r.inputHash(), null);
  }
}
