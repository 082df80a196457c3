package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code GatewayClass.spec.parametersRef}: the object holding the controller's configuration for
 * the class; cluster-scoped, or namespaced with {@code namespace} set.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableParametersReference.class)
public interface ParametersReference extends WithParametersReference {

  /** {@code group}: empty for the core group, and then written as {@code group: ""}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  String group();

  /** {@code kind}, e.g. {@code ConfigMap}. */
  String kind();

  /** {@code name}: 1 to 253 characters. */
  String name();

  /** {@code namespace}: required for a namespaced object, unset for a cluster-scoped one. */
  Optional<String> namespace();

  /** {@code {group, kind, name}}: a cluster-scoped object. */
  static ParametersReference of(String group, String kind, String name) {
    return builder().group(group).kind(kind).name(name).build();
  }

  /** Returns an empty builder of {@code ParametersReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParametersReference}. */
  final class Builder extends ImmutableParametersReference.Builder {}
}
