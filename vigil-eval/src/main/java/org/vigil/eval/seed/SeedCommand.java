package org.vigil.eval.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.eval.data.DataFile;
import org.vigil.eval.run.RunCounts;
import org.vigil.eval.run.RunReport;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.clean.Cleaner;
import org.vigil.pipeline.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval seed}: extracts the seed article (published on the expectation file's
 * {@code publication_date}) and prints PASS or FAIL for every point of what an analyst codes from it
 * ({@link SeedChecks}). With {@code --out}, writes the extraction as {@code predictions.json}. Exit 0 when every point
 * passes, 1 otherwise.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
    description = "Checks the extraction of the seed article against the analyst's expectations.")
public final class SeedCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "The seed article (kangaba.txt).")
  String data;

  @Option(names = "--expected", required = true, paramLabel = "FILE",
      description = "The expectations (kangaba.expected.json).")
  String expected;

  @Option(names = "--out", paramLabel = "DIR", description = "Directory for predictions.json (the extraction).")
  java.nio.file.Path out;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    RunReport report = new RunReport(w);
    DataFile article = DataFile.of(data);
    DataFile expectations = DataFile.of(expected);
    report.data("data", article);
    report.data("expected", expectations);
    JsonNode exp = expectations.json();
    LocalDate published = exp.hasNonNull("publication_date") ? LocalDate.parse(exp.get("publication_date").asText())
        : null;
    byte[] bytes = article.text().getBytes(StandardCharsets.UTF_8);
    String name = article.path().getFileName().toString();
    RawDocument doc = new RawDocument(name, bytes, "text/plain", "UTF-8", null, null, published);
    Pipeline pipeline = Pipeline.loadDefault();
    Outcome o = pipeline.process(doc);
    report.counts(RunCounts.of(List.of(o)), "a main incident", RunCounts.withMainIncident(List.of(o)));
    if (!(o instanceof Outcome.Extracted e)) {
      report.line("FAIL  the article was not extracted: " + o);
      report.done(1);
      return 1;
    }
    if (out != null) {
      java.nio.file.Files.createDirectories(out);
      java.nio.file.Path p = out.resolve("predictions.json");
      java.nio.file.Files.writeString(p, Json.pretty(Json.mapper(), e.extraction()) + "\n", StandardCharsets.UTF_8);
      report.predictions(p);
    }
    String text = new Cleaner().clean(doc).text();
    List<Check> checks = SeedChecks.check(e.extraction(), text, exp);
    checks.forEach(c -> report.line(c.line()));
    long passed = checks.stream().filter(Check::pass).count();
    report.line(String.format(java.util.Locale.ROOT, "seed:       %d of %d points pass", passed, checks.size()));
    report.done(1);
    return passed == checks.size() ? 0 : 1;
  }
}
