package org.vigil.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.vigil.eval.data.DataFile;

/** Hand-made gold and prediction files under {@code src/test/resources}; expected scores come from the reference. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  static List<JsonNode> lines(String name) {
    try {
      return new DataFile(path(name)).jsonLines();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String name) {
    try {
      return new DataFile(path(name)).json();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
