package org.vigil.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.model.ArticleMeta;
import org.vigil.model.Extraction;
import org.vigil.model.FigureKind;
import org.vigil.model.Incident;
import org.vigil.model.IncidentPlace;
import org.vigil.model.IncidentType;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;
import org.vigil.model.Status;
import org.vigil.ingest.Hashes;
import org.vigil.pipeline.resolve.geo.OutletHomes;
import org.vigil.store.run.Extractor;

/**
 * A deterministic stand-in for the pipeline: reads the incidents from header lines of the text, so that runs can be
 * tested (and killed) without CoreNLP.
 *
 * <pre>
 * MAIN armed_assault 2018-01-20 Kabul 34.53 69.17 AF killed=18 injured=5
 * HISTORICAL bombing 2017-05-31 Kabul 34.53 69.17 AF killed=150
 * MAIN armed_assault 2018-01-21 - 0 0 AF
 * SKIP | REJECT
 * free text …
 * </pre>
 *
 * <p>A named town is read at precision 1 with a made-up gazetteer id ({@link #fakeId}), so the page votes for its
 * outlet's home; a place "-" is none, and the page extracted again with outlet homes ({@link Result#again}) is placed
 * near its outlet's home (precision 2), as the pipeline places a page that names no town.
 */
public final class FakeExtractor implements Extractor {
  @Override
  public Result process(RawDocument doc) {
    String text = new String(doc.bytes(), StandardCharsets.UTF_8);
    if (text.startsWith("REJECT")) {
      return new Result(new Outcome.Rejected(doc.id(), Stage.CLEAN, "empty", "fake rejection",
          Hashes.sha256(doc.bytes())), null);
    }
    if (text.startsWith("SKIP")) {
      return new Result(new Outcome.Skipped(doc.id(), Stage.SCREEN, "not-relevant", "fake skip"), null);
    }
    List<Incident> incidents = new ArrayList<>();
    int n = 0;
    for (String line : text.split("\n")) {
      String[] f = line.split(" ");
      if (f.length < 7 || !(f[0].equals("MAIN") || f[0].equals("HISTORICAL"))) {
        continue;
      }
      Map<FigureKind, Integer> figures = new EnumMap<>(FigureKind.class);
      for (int i = 7; i < f.length; i++) {
        String[] kv = f[i].split("=");
        figures.put(FigureKind.valueOf(kv[0].toUpperCase(Locale.ROOT)), Integer.parseInt(kv[1]));
      }
      Incident i = Fixtures.incident(doc.id() + "#" + (++n), Status.valueOf(f[0]),
          IncidentType.valueOf(f[1].toUpperCase(Locale.ROOT)), LocalDate.parse(f[2]), "explicit",
          f[3].equals("-") ? null : new Fixtures.Place(f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
              f[6]), figures, List.of(), text);
      IncidentPlace p = i.place();
      incidents.add(p == null ? i : withPlace(i, new IncidentPlace(p.name(), null, null, p.resolvedName(),
          fakeId(p.name()), p.lat(), p.lon(), p.countryCode(), p.countryCode(), "PPL", 1, p.evidence())));
    }
    ArticleMeta meta = new ArticleMeta(doc.id(), doc.url(), doc.title(), doc.published(), "given", null, "en",
        text.length(), Hashes.sha256(doc.bytes()));
    Extraction ex = new Extraction(meta, incidents, List.of(), List.of(), Fixtures.PROVENANCE);
    Outcome.Extracted o = new Outcome.Extracted(doc.id(), ex);
    return new Result(o, text, ArticleInput.voteOf(o), homes -> nearHome(o, homes));
  }

  /** A made-up gazetteer id of a town: the same for the same name. */
  public static long fakeId(String town) {
    return 1_000_000L + Math.floorMod(town.hashCode(), 1_000_000);
  }

  /** The extraction with its placeless main incident near the outlet's home, when the homes give it one. */
  private static Outcome nearHome(Outcome.Extracted o, OutletHomes homes) {
    Extraction ex = o.extraction();
    if (ex.incidents().isEmpty() || ex.incidents().get(0).place() != null) {
      return o;
    }
    var home = homes.home(OutletHomes.host(ex.article().url()), ex.article().id());
    if (home.isEmpty()) {
      return o;
    }
    OutletHomes.Vote h = home.get();
    Incident main = ex.incidents().get(0);
    List<Incident> incidents = new ArrayList<>(ex.incidents());
    incidents.set(0, withPlace(main, new IncidentPlace(h.name(), null, h.name(), h.name(), h.geonameId(), null,
        null, h.admin1(), h.countryCode(), "PPL", 2, main.types().get(0).evidence())));
    return new Outcome.Extracted(o.id(), new Extraction(ex.article(), incidents, ex.otherQuotes(), ex.warnings(),
        ex.provenance()));
  }

  private static Incident withPlace(Incident i, IncidentPlace place) {
    return new Incident(i.id(), i.status(), i.types(), i.time(), place, i.perpetrators(), i.claimed(),
        i.targets(), i.victims(), i.weapons(), i.responders(), i.figures(), i.quotes(), i.sources(), i.sentences(),
        i.provenance());
  }
}
