package dev.gatewaydsl.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;

/** Turns model values into JSON trees, with the same inclusion rules as the YAML writer. */
public final class Trees {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .defaultPropertyInclusion(
          JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
      .addModule(new Jdk8Module())
      .build();

  private Trees() {}

  /**
   * Serializes {@code value} into {@code generator} with the same rules as {@link #of}, without
   * building the tree.
   */
  public static void write(Object value, JsonGenerator generator) throws IOException {
    MAPPER.writeValue(generator, value);
  }

  /** The tree {@code value} is written as. */
  public static JsonNode of(Object value) {
    return MAPPER.valueToTree(value);
  }
}
