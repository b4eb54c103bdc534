package org.vigil.pipeline.resolve.geo.toponym;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.vigil.model.Article;
import org.vigil.model.Span;
import org.vigil.pipeline.annotate.Annotated;
import org.vigil.pipeline.annotate.CoreNlpAnnotator;
import org.vigil.pipeline.annotate.Dependency;
import org.vigil.pipeline.annotate.Sentence;
import org.vigil.pipeline.annotate.Token;

/**
 * CoreNLP output kept between evaluation runs, so that tuning the tagger does not re-annotate a corpus (annotating
 * is nearly all of the run time). A gzip JSON-lines file, one article a line, keyed by article id and the SHA-256 of
 * its text and tagged with {@link CoreNlpAnnotator#MODEL_ID}: an entry whose text or annotator changed is ignored.
 * Evaluation tooling only; not thread-safe.
 */
final class AnnotationCache {
  private final Path file;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, JsonNode> entries = new HashMap<>();

  private AnnotationCache(Path file) {
    this.file = file;
  }

  /** Reads the cache file if it exists; a missing file is an empty cache. */
  static AnnotationCache open(Path file) throws IOException {
    AnnotationCache c = new AnnotationCache(file);
    if (Files.exists(file)) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.isBlank()) {
            JsonNode n = c.mapper.readTree(line);
            c.entries.put(n.get("id").asText(), n);
          }
        }
      }
    }
    return c;
  }

  /** The cached annotation of the article, or null if there is none for this text and annotator. */
  Annotated get(Article article) {
    JsonNode n = entries.get(article.id());
    if (n == null || !n.path("sha256").asText().equals(sha256(article.text()))
        || !n.path("model").asText().equals(CoreNlpAnnotator.MODEL_ID)) {
      return null;
    }
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : n.get("sentences")) {
      List<Token> tokens = new ArrayList<>();
      for (JsonNode t : s.get("tokens")) {
        tokens.add(new Token(tokens.size(), t.get(0).asText(), t.get(1).asInt(), t.get(2).asInt(), t.get(3).asText(),
            t.get(4).asText(), t.get(5).asText(), t.get(6).isNull() ? null : t.get(6).asText()));
      }
      List<Dependency> deps = new ArrayList<>();
      for (JsonNode d : s.get("deps")) {
        deps.add(new Dependency(d.get(0).asInt(), d.get(1).asInt(), d.get(2).asText()));
      }
      sentences.add(new Sentence(sentences.size(), s.get("paragraph").asInt(),
          new Span(s.get("span").get(0).asInt(), s.get("span").get(1).asInt()), tokens, deps));
    }
    return new Annotated(article, sentences);
  }

  void put(Annotated doc) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", doc.article().id());
    n.put("sha256", sha256(doc.text()));
    n.put("model", CoreNlpAnnotator.MODEL_ID);
    ArrayNode ss = n.putArray("sentences");
    for (Sentence s : doc.sentences()) {
      ObjectNode o = ss.addObject();
      o.put("paragraph", s.paragraph());
      o.putArray("span").add(s.span().start()).add(s.span().end());
      ArrayNode ts = o.putArray("tokens");
      for (Token t : s.tokens()) {
        ts.addArray().add(t.word()).add(t.begin()).add(t.end()).add(t.lemma()).add(t.pos()).add(t.ner())
            .add(t.normalized());
      }
      ArrayNode ds = o.putArray("deps");
      for (Dependency d : s.dependencies()) {
        ds.addArray().add(d.governor()).add(d.dependent()).add(d.relation());
      }
    }
    entries.put(doc.article().id(), n);
  }

  /** Writes every entry back (through a temporary file, so an interrupted run leaves the old cache intact). */
  void save() {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, "annotations", ".tmp");
      try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16),
          StandardCharsets.UTF_8)) {
        for (JsonNode n : entries.values()) {
          w.write(mapper.writeValueAsString(n));
          w.write('\n');
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
