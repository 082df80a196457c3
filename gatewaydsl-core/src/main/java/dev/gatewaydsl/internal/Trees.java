package dev.gatewaydsl.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The one serialization of model values: what fields they have and in which order, with the YAML
 * writer's rules ({@link Mappers}: unset and empty left out, map keys sorted). The YAML writer and the served-field
 * check both serialize through it, so the model's serializers are built once per JVM.
 */
public final class Trees {
  private static final JsonMapper MAPPER = Mappers.configure(JsonMapper.builder()).build();

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
