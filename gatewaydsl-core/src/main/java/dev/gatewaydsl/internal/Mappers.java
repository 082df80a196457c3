package dev.gatewaydsl.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The one Jackson configuration of model values, which every mapper of the library starts from
 * (the reader's binder; writing goes through {@link Trees}, whose {@code ModelWriter} follows the
 * same rules without a mapper, and a test holds the two to the same bytes). It says how a value
 * maps to fields: {@code Optional} as its value ({@link Jdk8Module}), unset and empty values left
 * out, map keys sorted, and a value with no fields written as an empty map.
 */
public final class Mappers {
  private Mappers() {}

  /**
   * {@code builder} with the library's configuration added; the caller adds what its format
   * needs (YAML generator features, the reader's strictness) and builds.
   */
  public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
        .addModule(new Jdk8Module());
  }
}
