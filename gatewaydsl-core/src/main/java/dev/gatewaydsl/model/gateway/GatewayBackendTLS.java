package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code GatewayTLSConfig.backend}: the client certificate the Gateway shows to backends. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGatewayBackendTLS.class)
public interface GatewayBackendTLS extends WithGatewayBackendTLS {

  /**
   * {@code clientCertificateRef}: a Secret (by default) holding {@code tls.crt}, {@code tls.key}.
   */
  Optional<SecretObjectReference> clientCertificateRef();

  /** {@code {clientCertificateRef: {name: <secretName>}}}: a Secret in the Gateway's namespace. */
  static GatewayBackendTLS clientCertificate(String secretName) {
    return builder().clientCertificateRef(SecretObjectReference.secret(secretName)).build();
  }

  /** Returns an empty builder of {@code GatewayBackendTLS}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GatewayBackendTLS}. */
  final class Builder extends ImmutableGatewayBackendTLS.Builder {}
}
