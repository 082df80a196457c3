package dev.gatewaydsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A core {@code v1} {@code ConfigMap}: text values by key, such as the per-Gateway settings a
 * Gateway's {@code spec.infrastructure.parametersRef} names.
 *
 * <pre>{@code
 * ConfigMap options = ConfigMap.builder().name("web-options").namespace("shop")
 *     .putData("service", "spec:\n  externalTrafficPolicy: Local\n").build();
 * }</pre>
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/config-map-v1/">ConfigMap</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableConfigMap.class)
public interface ConfigMap extends KubernetesResource, WithConfigMap {

  /** {@code v1}. */
  String API_VERSION = "v1";
  /** The most bytes the values of a ConfigMap may hold together (core/v1 {@code ValidateConfigMap}). */
  int MAX_SIZE = 1024 * 1024;

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return "ConfigMap";
  }

  /** {@code metadata}: a name is required. Default: empty, so a missing name is reported. */
  @Override
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code immutable}: boolean. */
  Optional<Boolean> immutable();

  /** {@code data}: a map from string to string. */
  Map<String, String> data();

  /** {@code binaryData}: a map from string to base64-encoded bytes. */
  Map<String, String> binaryData();

  // End of generated fields.

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConfigMap}; the shortcuts forward to the generated metadata builder. */
  final class Builder extends ImmutableConfigMap.Builder implements ResourceBuilder<Builder> {}

  /** Checks every field; all problems are reported together. */
  @Value.Check
  default void check() {
    Violations violations = Violations.of(kind(), metadata().name());
    ResourceChecks.common(this, List.of(API_VERSION), ObjectMeta.NameRule.DNS1123_SUBDOMAIN,
        violations);
    long size = 0;
    for (Map.Entry<String, String> entry : data().entrySet()) {
      Syntax.configMapKey(entry.getKey(), FieldPath.of("data"), violations);
      size += entry.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (size > MAX_SIZE) {
      violations.tooLong(FieldPath.of("data"), MAX_SIZE);
    }
    violations.throwIfAny();
  }
}
