package org.vigil.pipeline.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * The JSON form of Vigil's records (documented in docs/output.md and docs/incident.schema.json): snake_case field
 * names, ISO dates, enums as their names in lower case, null fields left out.
 */
public final class Json {
  private Json() {}

  /** A new mapper with Vigil's conventions; mappers are thread-safe once configured. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .addModule(new com.fasterxml.jackson.databind.module.SimpleModule()
            .addSerializer(Enum.class, new LowerCaseEnumSerializer()))
        .build();
  }

  /** One-line JSON. */
  public static String line(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON. */
  public static String pretty(ObjectMapper mapper, Object value) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class LowerCaseEnumSerializer
      extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Enum> {
    LowerCaseEnumSerializer() {
      super(Enum.class);
    }

    @Override
    public void serialize(Enum value, com.fasterxml.jackson.core.JsonGenerator gen,
        com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
      gen.writeString(value.name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
