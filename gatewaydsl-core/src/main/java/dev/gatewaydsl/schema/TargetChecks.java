package dev.gatewaydsl.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Checks a resource of a CRD group against what one release and channel serve: its apiVersion,
 * then, in one {@link SchemaWalk} of its serialization, its fields and the schema facts of their
 * values.
 */
public final class TargetChecks {
  private TargetChecks() {}

  /**
   * Checks {@code resource}, a {@code kind} written as {@code apiVersion} of {@code group}, against
   * {@code catalog}. {@code serialize} writes the resource into a generator. A field the catalog
   * does not serve, but {@code experimental} (the same release's experimental channel, or null)
   * does, is reported with {@code experimentalHint}. {@code tree} gives the resource as written,
   * to report every finding in field order.
   */
  public static void check(Object resource, String group, String kind, String apiVersion,
      Catalog catalog, Catalog experimental, String experimentalHint,
      Serializer serialize, Function<Object, JsonNode> tree, Violations violations) {
    String target = "Gateway API " + catalog.release() + " (" + catalog.channel() + " channel)";
    List<String> served = catalog.versions(kind);
    if (served.isEmpty()) {
      violations.forbidden(FieldPath.of("kind"), kind + " is not served by " + target);
      return;
    }
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    if (!apiVersion.equals(group + "/" + version) || !served.contains(version)) {
      violations.notSupported(FieldPath.of("apiVersion"), apiVersion,
          served.stream().map(v -> group + "/" + v).toList());
      return;
    }
    Schema experimentalSchema = experimental == null ? null : experimental.schema(kind, version);
    BiConsumer<FieldPath, String> notServed = (at, path) -> violations.forbidden(at,
        "not served by " + target + (experimentalSchema != null && experimentalSchema.serves(path)
            ? "; it is an experimental-channel field: " + experimentalHint : ""));
    violations.orderedBy(new FieldOrder(() -> tree.apply(resource)));
    try {
      serialize.write(resource, new SchemaWalk(catalog.schema(kind, version), notServed,
          violations::addUnlessStatedAtPath));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the walk writes nowhere
    }
  }

  /**
   * The place of each field path in the resource as written, worked out on first use (only a
   * resource with findings of the walk and of hand-written rules needs it); a path that is not
   * written (a missing field) takes the place of its nearest written parent.
   */
  private static final class FieldOrder implements ToIntFunction<FieldPath> {
    private final Supplier<JsonNode> tree;
    private Map<String, Integer> places;

    FieldOrder(Supplier<JsonNode> tree) {
      this.tree = tree;
    }

    @Override
    public int applyAsInt(FieldPath path) {
      if (places == null) {
        places = new HashMap<>();
        JsonNode root = tree.get();
        root.properties().forEach(e -> number(e.getValue(), e.getKey()));
      }
      String at = path.toString();
      while (!at.isEmpty()) {
        Integer place = places.get(at);
        if (place != null) {
          return place;
        }
        at = at.substring(0, Math.max(0, Math.max(at.lastIndexOf('.'), at.lastIndexOf('['))));
      }
      return -1;
    }

    private void number(JsonNode node, String at) {
      places.put(at, places.size());
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          number(node.get(i), at + "[" + i + "]");
        }
      } else if (node.isObject()) {
        node.properties().forEach(e -> number(e.getValue(), at + "." + e.getKey()));
      }
    }
  }

  /** Writes a value into a generator, as the YAML writer does. */
  @FunctionalInterface
  public interface Serializer {
    /** Writes {@code value} into {@code walk}. */
    void write(Object value, SchemaWalk walk) throws IOException;
  }
}
