package dev.gatewaydsl.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** Turns model values into JSON trees, with the same inclusion rules as the YAML writer. */
public final class Trees {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .defaultPropertyInclusion(
          JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
      .addModule(new Jdk8Module())
      .build();

  private Trees() {}

  /** The tree {@code value} is written as. */
  public static JsonNode of(Object value) {
    return MAPPER.valueToTree(value);
  }
}
