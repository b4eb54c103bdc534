package org.vigil.cli;

import java.util.stream.Collectors;
import org.vigil.model.Evidence;
import org.vigil.model.Extraction;
import org.vigil.model.Figure;
import org.vigil.model.Incident;
import org.vigil.model.Quote;

/** The {@code --format text} summary: each incident's fields with the sentence behind each. */
final class TextSummary {
  private TextSummary() {}

  static String of(Extraction x) {
    StringBuilder b = new StringBuilder();
    b.append("Article ").append(x.article().id());
    if (x.article().title() != null) {
      b.append(" — ").append(x.article().title());
    }
    if (x.article().published() != null) {
      b.append(" (published ").append(x.article().published()).append(')');
    }
    b.append('\n');
    if (x.incidents().isEmpty()) {
      b.append("No incident found.\n");
    }
    for (Incident i : x.incidents()) {
      b.append('\n').append(i.status() == org.vigil.model.Status.MAIN ? "MAIN INCIDENT" : "BACKGROUND ("
          + i.status().name().toLowerCase() + ")").append("  ").append(i.id()).append('\n');
      line(b, "type", i.types().stream().map(t -> t.type().label()).collect(Collectors.joining(" + ")),
          i.types().get(0).evidence());
      if (i.time() != null) {
        String when = i.time().start() == null ? "unresolved (" + i.time().phrase() + ")"
            : i.time().start().equals(i.time().end()) ? i.time().start().toString()
            : i.time().start() + " … " + i.time().end();
        line(b, "date", when + "  [" + i.time().rule() + "]", i.time().evidence());
      }
      if (i.place() != null) {
        var p = i.place();
        String where = p.name() + (p.locality() != null ? ", " + p.locality() : "")
            + (p.near() != null ? ", near " + p.near() : "")
            + (p.lat() != null ? String.format(" → %s, %s (%.3f, %.3f) precision %d", p.resolvedName(),
            p.countryCode(), p.lat(), p.lon(), p.precision()) : " (unresolved)");
        line(b, "place", where, p.evidence());
      }
      for (Figure f : i.figures()) {
        line(b, f.kind().name().toLowerCase().replace('_', ' '), f.best() + (f.high() == null ? "+"
            : f.high() != f.best() ? "–" + f.high() : "") + " (" + f.phrase() + ")", f.evidence());
      }
      i.perpetrators().forEach(p -> line(b, "perpetrator", p.description() + " [" + p.attribution().name()
          .toLowerCase() + (p.countHigh() != null ? ", at most " + p.countHigh() : "") + "]", p.evidence()));
      if (i.claimed() != null) {
        b.append("  claimed: ").append(i.claimed() ? "yes" : "no").append('\n');
      }
      i.victims().forEach(v -> line(b, "victims", v.description() + (v.nationalities().isEmpty() ? ""
          : " " + v.nationalities()), v.evidence()));
      i.targets().forEach(t -> line(b, "target", t.description() + (t.category() == null ? ""
          : " [" + t.category() + "]"), t.evidence()));
      i.weapons().forEach(w -> line(b, "weapon", w.type().gtdText() + " (" + w.description() + ")", w.evidence()));
      i.responders().forEach(r -> line(b, "responder", r.description(), r.evidence()));
      for (Quote q : i.quotes()) {
        b.append("  quote: ").append(q.direct() ? "\"" + q.text() + "\"" : q.text()).append(" — ")
            .append(q.speaker() == null ? "unattributed" : q.speaker()).append('\n');
      }
    }
    if (!x.otherQuotes().isEmpty()) {
      b.append("\nOther statements\n");
      for (Quote q : x.otherQuotes()) {
        b.append("  ").append(q.text()).append(" — ").append(q.speaker() == null ? "unattributed" : q.speaker())
            .append('\n');
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String field, String value, Evidence ev) {
    b.append("  ").append(field).append(": ").append(value).append('\n');
    if (ev != null) {
      b.append("      ↳ ").append(ev.text()).append('\n');
    }
  }
}
