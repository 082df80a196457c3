package dev.gatewaydsl.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The one serialization of model values: what fields they have and in which order, with the YAML
 * writer's rules (unset and empty left out, map keys sorted). The YAML writer and the served-field
 * check both serialize through it, so the model's serializers are built once per JVM.
 */
public final class Trees {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
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

  /**
   * The names of the fields an instance of {@code type} is written with: for a model type, pass
   * the class Immutables generates (e.g. {@code ObjectMeta.empty().getClass()}), which carries
   * the names.
   */
  public static Set<String> propertyNames(Class<?> type) {
    Set<String> names = new HashSet<>();
    for (BeanPropertyDefinition property : MAPPER.getSerializationConfig()
        .introspect(MAPPER.constructType(type)).findProperties()) {
      names.add(property.getName());
    }
    return Set.copyOf(names);
  }
}
