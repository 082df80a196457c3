package dev.gatewaydsl.istio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import java.util.function.BiFunction;

/** What the three Istio kinds share: apiVersion, metadata, and the checks on both. */
final class Resources {
  private Resources() {}

  /** The checks every Istio resource makes of its apiVersion and metadata. */
  static Violations start(String kind, String apiVersion, ObjectMeta metadata) {
    Violations violations = Violations.of(kind + "." + IstioResource.GROUP, metadata.name());
    String version = apiVersion.startsWith(IstioResource.GROUP + "/")
        ? apiVersion.substring(IstioResource.GROUP.length() + 1) : "";
    if (!IstioResource.VERSIONS.contains(version)) {
      violations.notSupported(FieldPath.of("apiVersion"), apiVersion,
          IstioResource.VERSIONS.stream().map(v -> IstioResource.GROUP + "/" + v).toList());
    }
    metadata.validate(FieldPath.of("metadata"), violations);
    metadata.validateName(ObjectMeta.NameRule.DNS1123_SUBDOMAIN, FieldPath.root().child("metadata"),
        violations);
    return violations;
  }

  /** The parts of a document every Istio kind has; {@code spec} read by the kind. */
  record Parts<S>(String apiVersion, ObjectMeta metadata, Unmodelled metadataUnmodelled, S spec,
      Unmodelled unmodelled) {}

  /**
   * Reads {@code document} (apiVersion, kind, metadata, spec and the rest), with {@code spec}
   * read by {@code readSpec}; shape errors are thrown together.
   */
  static <S> Parts<S> read(String kind, JsonNode document,
      BiFunction<TreeReader, Violations, S> readSpec) {
    String name = document.path("metadata").path("name").asText("");
    Violations violations = Violations.of(kind + "." + IstioResource.GROUP, name);
    TreeReader top = TreeReader.of(document, FieldPath.root(), violations);
    String apiVersion = top.string("apiVersion");
    top.string("kind");
    ObjectMeta.Builder meta = ObjectMeta.builder();
    Unmodelled[] metaRest = {Unmodelled.none()};
    top.object("metadata", m -> {
      meta.name(m.string("name")).namespace(m.string("namespace"))
          .labels(m.stringMap("labels")).annotations(m.stringMap("annotations"));
      metaRest[0] = m.rest();
      return m;
    });
    Optional<S> spec = top.object("spec", s -> readSpec.apply(s, violations));
    S value = spec.orElseGet(() -> readSpec.apply(
        TreeReader.of(null, FieldPath.of("spec"), violations), violations));
    Unmodelled rest = top.rest();
    violations.throwIfAny();
    return new Parts<>(apiVersion, meta.build(), metaRest[0], value, rest);
  }

  /** The document: apiVersion, kind, metadata, spec, then the unmodelled top-level fields. */
  static ObjectNode write(IstioResource resource, JsonNode spec) {
    TreeWriter top = new TreeWriter().string("apiVersion", resource.apiVersion())
        .string("kind", resource.kind());
    ObjectMeta meta = resource.metadata();
    ObjectNode metadata = new TreeWriter().string("name", meta.name())
        .string("namespace", meta.namespace()).stringMap("labels", meta.labels())
        .stringMap("annotations", meta.annotations()).rest(resource.metadataUnmodelled()).node();
    top.node().set("metadata", metadata);
    top.node().set("spec", spec);
    return top.rest(resource.unmodelled()).node();
  }
}
