package org.vigil.eval.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.eval.data.DataFile;
import org.vigil.model.Extraction;
import org.vigil.model.Outcome;
import org.vigil.model.Stage;
import org.vigil.pipeline.output.Json;
import org.vigil.store.IncidentStore;

/**
 * Writes the full outcome of every record ({@code extractions.jsonl} beside the predictions), so that errors can be
 * traced from a prediction back to the incident record and its evidence: one line per record with {@code id},
 * {@code outcome} (extracted, skipped, rejected) and the extraction, or the stage and reason (and a copy's
 * {@code duplicate_of}, the id of its first copy, as {@code vigil extract --batch} writes it: {@code vigil merge-eval}
 * gives a copy its first copy's incident).
 */
public final class Extractions {
  /** The outcome kinds {@link #write} writes and {@link #read} reads; any other is an error. */
  private static final List<String> KINDS = List.of("extracted", "skipped", "rejected");

  private Extractions() {}

  /** Writes {@code dir/extractions.jsonl}. */
  public static Path write(Path dir, List<Outcome> outcomes) throws IOException {
    Files.createDirectories(dir);
    Path p = dir.resolve("extractions.jsonl");
    ObjectMapper mapper = Json.mapper();
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      for (Outcome o : outcomes) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", o.id());
        if (o instanceof Outcome.Extracted e) {
          line.put("outcome", "extracted");
          line.put("extraction", e.extraction());
        } else if (o instanceof Outcome.Skipped s) {
          line.put("outcome", "skipped");
          line.put("stage", s.stage());
          line.put("reason", s.reason());
          line.put("message", s.message());
          if (s.duplicateOf() != null) {
            line.put("duplicate_of", s.duplicateOf()); // as vigil extract --batch writes it: merge-eval reads it
          }
        } else if (o instanceof Outcome.Rejected r) {
          line.put("outcome", "rejected");
          line.put("stage", r.stage());
          line.put("reason", r.reason());
          line.put("message", r.message());
        }
        w.write(Json.line(mapper, line));
        w.write('\n');
      }
    }
    return p;
  }

  /**
   * Reads outcome lines by record id: an {@code extractions.jsonl} that {@link #write} wrote, or the output of
   * {@code vigil extract --batch} (plain or gzip; a skip's {@code duplicate_of} is kept). A record id read twice keeps
   * its first outcome: a benchmark that lists one article under two of its incidents gets the article's extraction
   * first and then the screen's note that the same article came again, which must not replace it.
   */
  public static Map<String, Outcome> read(Path file) throws IOException {
    ObjectMapper mapper = IncidentStore.mapper();
    Map<String, Outcome> out = new LinkedHashMap<>();
    try (BufferedReader r = DataFile.of(file.toString()).reader()) {
      String text;
      int number = 0;
      while ((text = r.readLine()) != null) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        JsonNode line = mapper.readTree(text);
        String id = line.path("id").asText(null);
        String kind = line.path("outcome").asText();
        if (id == null || !KINDS.contains(kind)) {
          // a line of another file, or of a newer outcome kind, must not be read as a rejection and lose its vote
          throw new IOException(file + ": line " + number + ": " + (id == null ? "no \"id\"" : "outcome '" + kind
              + "' is none of " + KINDS) + " (not an extractions file of vigil extract --batch or vigil eval?)");
        }
        if (out.containsKey(id)) {
          continue;
        }
        if (kind.equals("extracted")) {
          out.put(id, new Outcome.Extracted(id, mapper.treeToValue(line.get("extraction"), Extraction.class)));
          continue;
        }
        Stage stage = Stage.valueOf(line.path("stage").asText("extract").toUpperCase(Locale.ROOT));
        String reason = line.path("reason").asText("unknown");
        String message = line.path("message").asText(null);
        out.put(id, kind.equals("skipped")
            ? new Outcome.Skipped(id, stage, reason, message, line.path("duplicate_of").asText(null))
            : new Outcome.Rejected(id, stage, reason, message, null));
      }
    }
    return out;
  }
}
