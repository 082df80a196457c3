package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code Gateway.spec.tls}: TLS settings of the whole Gateway, toward clients ({@code frontend}:
 * client certificate validation) and toward backends ({@code backend}: the Gateway's client
 * certificate).
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#gatewaytlsconfig">GatewayTLSConfig</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGatewayTLSConfig.class)
public interface GatewayTLSConfig extends WithGatewayTLSConfig, Validatable {

  /** {@code backend}: how the Gateway connects to backends over TLS. */
  Optional<GatewayBackendTLS> backend();

  /** {@code frontend}: how the Gateway validates clients' certificates. */
  Optional<FrontendTLSConfig> frontend();

  /** Returns an empty builder of {@code GatewayTLSConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GatewayTLSConfig}. */
  final class Builder extends ImmutableGatewayTLSConfig.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    frontend().ifPresent(f -> f.validate(path.child("frontend"), violations));
  }
}
