package dev.gatewaydsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A core {@code v1} {@code Namespace}. Cross-namespace routing needs them, often with a label that
 * a listener's {@code allowedRoutes} selector picks.
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/namespace-v1/">Namespace</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableNamespace.class)
public interface Namespace extends KubernetesResource, WithNamespace {

  @Override
  @Value.Derived
  default String apiVersion() {
    return "v1";
  }

  @Override
  @Value.Derived
  default String kind() {
    return "Namespace";
  }

  @Override
  ObjectMeta metadata();

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code spec}: {@link NamespaceSpec}. */
  Optional<NamespaceSpec> spec();

  // End of generated fields.

  /** The namespace {@code name}, with no labels. */
  static Namespace named(String name) {
    return builder().metadata(ObjectMeta.named(name)).build();
  }

  /** A copy with the label {@code key: value} added. */
  default Namespace withLabel(String key, String value) {
    return withMetadata(ObjectMeta.builder().mergeFrom(metadata()).putLabel(key, value).build());
  }

  /** Returns an empty builder of {@code Namespace}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Namespace}. */
  final class Builder extends ImmutableNamespace.Builder
      implements ResourceBuilder<Builder> {}

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = Violations.of(kind(), metadata().name());
    ResourceChecks.common(this, List.of("v1"), ObjectMeta.NameRule.DNS1123_LABEL, violations);
    if (!metadata().namespace().isEmpty()) {
      violations.forbidden(FieldPath.of("metadata", "namespace"), "not allowed on this type");
    }
    violations.throwIfAny();
  }
}
