package dev.gatewaydsl.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The one serialization of model values: what fields they have and in which order, with the YAML
 * writer's rules (unset and empty left out, map keys sorted). The YAML writer and the served-field
 * check both serialize through {@link #write}, which needs no {@code ObjectMapper}.
 */
public final class Trees {

  /** Built on first use of {@link #of}: writing never builds a mapper. */
  private static final class Mapper {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  private Trees() {}

  /**
   * Serializes {@code value} into {@code generator} with the same rules as {@link #of}, without
   * building the tree.
   */
  public static void write(Object value, JsonGenerator generator) throws IOException {
    ModelWriter.write(value, generator);
  }

  /** The tree {@code value} is written as. */
  public static JsonNode of(Object value) {
    TokenBuffer buffer = new TokenBuffer(Mapper.MAPPER, false);
    try {
      ModelWriter.write(value, buffer);
      return Mapper.MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a token buffer neither reads nor writes anywhere
    }
  }

  /**
   * The names of the fields an instance of {@code type} is written with: for a model type, pass
   * the class Immutables generates (e.g. {@code ObjectMeta.empty().getClass()}), which carries
   * the names.
   */
  public static Set<String> propertyNames(Class<?> type) {
    return ModelWriter.propertyNames(type);
  }
}
