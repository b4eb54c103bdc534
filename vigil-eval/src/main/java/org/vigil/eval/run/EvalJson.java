package org.vigil.eval.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JSON for prediction files and score reports. Unlike the incident records' mapper, field names are exactly those of
 * the benchmark formats (given per field) and nulls are written, as the reference scorers print them.
 */
public final class EvalJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private EvalJson() {}

  /** The shared mapper (thread-safe). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line. */
  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented by one space per level, as {@code json.dumps(..., indent=1)}. */
  public static String pretty(Object value) {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter(" ", "\n")).withArrayIndenter(new DefaultIndenter(" ", "\n"));
    try {
      return MAPPER.writer(pp).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one JSON value to {@code dir/name}, creating the directory. */
  public static Path write(Path dir, String name, Object value) throws IOException {
    Files.createDirectories(dir);
    Path p = dir.resolve(name);
    MAPPER.writeValue(p.toFile(), value);
    return p;
  }

  /** Writes one JSON line per value to {@code dir/name}, creating the directory. */
  public static Path writeLines(Path dir, String name, List<?> values) throws IOException {
    Files.createDirectories(dir);
    Path p = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      for (Object v : values) {
        w.write(line(v));
        w.write('\n');
      }
    }
    return p;
  }
}
