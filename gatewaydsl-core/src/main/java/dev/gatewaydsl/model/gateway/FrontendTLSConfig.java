package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * {@code GatewayTLSConfig.frontend}: client certificate validation for the Gateway's HTTPS
 * listeners, one default and overrides per port.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableFrontendTLSConfig.class)
public interface FrontendTLSConfig extends WithFrontendTLSConfig, Validatable {

  /**
   * {@code default}: for every HTTPS listener without a {@code perPort} entry. Named {@code
   * defaultConfig} in Java, where {@code default} is a keyword.
   */
  @JsonProperty("default")
  TLSConfig defaultConfig();

  /** {@code perPort}: up to 64, one per port. */
  List<TLSPortConfig> perPort();

  /** {@code {default: <defaultConfig>}}. */
  static FrontendTLSConfig of(TLSConfig defaultConfig) {
    return builder().defaultConfig(defaultConfig).build();
  }

  /** Returns an empty builder of {@code FrontendTLSConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FrontendTLSConfig}. */
  final class Builder extends ImmutableFrontendTLSConfig.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath at = path.child("perPort");
    Set<Integer> ports = new HashSet<>();
    for (int i = 0; i < perPort().size(); i++) {
      if (!ports.add(perPort().get(i).port())) {
        violations.duplicate(at.index(i).child("port"), perPort().get(i).port());
      }
    }
  }
}
