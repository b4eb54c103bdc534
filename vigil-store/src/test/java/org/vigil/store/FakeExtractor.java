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
import org.vigil.model.IncidentType;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;
import org.vigil.model.Status;
import org.vigil.ingest.Hashes;
import org.vigil.store.run.Extractor;

/**
 * A deterministic stand-in for the pipeline: reads the incidents from header lines of the text, so that runs can be
 * tested (and killed) without CoreNLP.
 *
 * <pre>
 * MAIN armed_assault 2018-01-20 Kabul 34.53 69.17 AF killed=18 injured=5
 * HISTORICAL bombing 2017-05-31 Kabul 34.53 69.17 AF killed=150
 * SKIP | REJECT
 * free text …
 * </pre>
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
      incidents.add(Fixtures.incident(doc.id() + "#" + (++n), Status.valueOf(f[0]),
          IncidentType.valueOf(f[1].toUpperCase(Locale.ROOT)), LocalDate.parse(f[2]), "explicit",
          new Fixtures.Place(f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6]), figures, List.of(),
          text));
    }
    ArticleMeta meta = new ArticleMeta(doc.id(), doc.url(), doc.title(), doc.published(), "given", null, "en",
        text.length(), Hashes.sha256(doc.bytes()));
    Extraction ex = new Extraction(meta, incidents, List.of(), List.of(), Fixtures.PROVENANCE);
    return new Result(new Outcome.Extracted(doc.id(), ex), text);
  }
}
