package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.pipeline.output.Json;

/** The JSON output validates against the documented schema (docs/incident.schema.json), so the docs stay true. */
class OutputSchemaTest {
  private static final Path SCHEMA = Path.of("..", "docs", "incident.schema.json");

  @ParameterizedTest
  @ValueSource(strings = {
      "Gunmen killed five people at a market in Kano on Tuesday, police spokesman Ali Musa said. No group has "
          + "claimed responsibility.",
      "A suicide bomber killed 20 people at a mosque in Peshawar on Friday. \"It was terrible,\" a witness said. "
          + "In 2015, a similar attack killed 10 people. Up to four gunmen were arrested.",
      "The central bank kept interest rates unchanged on Thursday."})
  void extractionValidatesAgainstTheSchema(String text) throws Exception {
    ObjectMapper mapper = Json.mapper();
    JsonNode json = mapper.readTree(Json.line(mapper, SharedPipeline.extract(text, "2019-03-05")));
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void seedGoldenFileValidates() throws Exception {
    JsonNode json = Json.mapper().readTree(Path.of("src", "test", "resources", "golden", "kangaba.json").toFile());
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void theSchemaRejectsAWrongDocument() throws Exception {
    JsonNode json = Json.mapper().readTree("{\"article\":{\"id\":\"x\"},\"incidents\":[{\"id\":\"x#1\"}]}");
    assertThat(validate(json)).isNotEmpty();
  }

  private static Set<ValidationMessage> validate(JsonNode json) throws Exception {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      return schema.validate(json);
    }
  }
}
