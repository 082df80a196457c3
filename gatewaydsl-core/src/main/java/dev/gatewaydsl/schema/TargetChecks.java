package dev.gatewaydsl.schema;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;

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
   * does, is reported with {@code experimentalHint}.
   */
  public static void check(Object resource, String group, String kind, String apiVersion,
      Catalog catalog, Catalog experimental, String experimentalHint,
      Serializer serialize, Violations violations) {
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
    try {
      serialize.write(resource, new SchemaWalk(catalog.schema(kind, version), notServed,
          violations::addUnlessStatedAtPath));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the walk writes nowhere
    }
  }

  /** Writes a value into a generator, as the YAML writer does. */
  @FunctionalInterface
  public interface Serializer {
    /** Writes {@code value} into {@code walk}. */
    void write(Object value, SchemaWalk walk) throws IOException;
  }
}
