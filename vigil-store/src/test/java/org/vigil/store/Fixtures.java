package org.vigil.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.model.ActorKind;
import org.vigil.model.ArticleMeta;
import org.vigil.model.Attribution;
import org.vigil.model.Evidence;
import org.vigil.model.Extraction;
import org.vigil.model.Figure;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.model.IncidentTime;
import org.vigil.model.IncidentType;
import org.vigil.model.Outcome;
import org.vigil.model.Perpetrator;
import org.vigil.model.Provenance;
import org.vigil.model.Qualifier;
import org.vigil.model.Span;
import org.vigil.model.Status;
import org.vigil.model.TimePrecision;
import org.vigil.model.TypeAssignment;
import org.vigil.ingest.Hashes;

/** Hand-made extractions for store tests (no CoreNLP): one builder call per incident, one per article. */
public final class Fixtures {
  static final Provenance PROVENANCE = new Provenance("vigil-test", List.of());

  private Fixtures() {}

  /** A place: name, lat, lon, country. */
  public record Place(String name, double lat, double lon, String cc) {}

  public static final Place KABUL = new Place("Kabul", 34.5281, 69.1723, "AF");
  public static final Place NAIROBI = new Place("Nairobi", -1.2833, 36.8167, "KE");
  public static final Place GARISSA = new Place("Garissa", -0.4532, 39.6461, "KE");

  /**
   * One incident whose sentences are the whole {@code text}.
   *
   * @param rule the date rule ({@code explicit}, {@code publication-date-assumed}, …)
   * @param figures kind → best (exact)
   */
  public static Incident incident(String id, Status status, IncidentType type, LocalDate date, String rule,
      Place place, Map<FigureKind, Integer> figures, List<String> organisations, String text) {
    Span all = new Span(0, text.length());
    Evidence ev = new Evidence(new Span(0, Math.min(4, text.length())), text.substring(0, Math.min(4,
        text.length())), all);
    List<Figure> figs = new ArrayList<>();
    for (FigureKind k : FigureKind.values()) {
      Integer v = figures.get(k);
      if (v != null) {
        figs.add(new Figure(k, v, v, v, Qualifier.EXACT, String.valueOf(v), "test", ev));
      }
    }
    List<Perpetrator> perps = new ArrayList<>();
    for (String o : organisations) {
      perps.add(new Perpetrator(o, ActorKind.ORGANISATION, Attribution.CLAIMED, null, null, ev));
    }
    return new Incident(id, status, List.of(new TypeAssignment(type, ev)),
        date == null ? null : new IncidentTime(date, date, TimePrecision.DAY, null, null, rule, null),
        place == null ? null : new IncidentPlace(place.name(), null, null, place.name(), null, place.lat(),
            place.lon(), null, place.cc(), "PPL", 1, ev),
        perps, null, List.of(), List.of(), List.of(), List.of(), figs, List.of(), List.of(), List.of(all),
        PROVENANCE);
  }

  /** The incident with its sentence moved to where {@code sentence} is in {@code articleText}. */
  public static Incident at(Incident i, String articleText, String sentence) {
    int start = articleText.indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("sentence not in the article");
    }
    return new Incident(i.id(), i.status(), i.types(), i.time(), i.place(), i.perpetrators(), i.claimed(),
        i.targets(), i.victims(), i.weapons(), i.responders(), i.figures(), i.quotes(), i.sources(),
        List.of(new Span(start, start + sentence.length())), i.provenance());
  }

  /** An extracted article with the given incidents, its text the concatenation of theirs. */
  public static ArticleInput article(String id, String url, String title, LocalDate published, String text,
      Incident... incidents) {
    String hash = Hashes.sha256((id + "\n" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ArticleMeta meta = new ArticleMeta(id, url, title, published, "given", null, "en", text.length(), hash);
    Extraction ex = new Extraction(meta, List.of(incidents), List.of(), List.of(), PROVENANCE);
    return new ArticleInput(id, hash, url, title, published, new Outcome.Extracted(id, ex), text);
  }
}
