package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import org.immutables.value.Value;

/**
 * {@code GatewayInfrastructure.parametersRef}: the object in the Gateway's namespace holding the
 * implementation's configuration for this Gateway.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableLocalParametersReference.class)
public interface LocalParametersReference extends WithLocalParametersReference {

  /** {@code group}: empty for the core group, and then written as {@code group: ""}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  String group();

  /** {@code kind}, e.g. {@code ConfigMap}. */
  String kind();

  /** {@code name}: 1 to 253 characters. */
  String name();

  /** {@code {group, kind, name}}. */
  static LocalParametersReference of(String group, String kind, String name) {
    return builder().group(group).kind(kind).name(name).build();
  }

  /** Returns an empty builder of {@code LocalParametersReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalParametersReference}. */
  final class Builder extends ImmutableLocalParametersReference.Builder {}
}
