package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import org.immutables.value.Value;

/**
 * One entry of {@code FrontendTLSConfig.perPort}: TLS settings of the HTTPS listeners on a port.
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTLSPortConfig.class)
public interface TLSPortConfig extends WithTLSPortConfig {

  /** {@code port}: 1 to 65535, unique within {@code perPort}. */
  int port();

  /** {@code tls}: replaces {@code default} for that port. */
  TLSConfig tls();

  /** {@code {port: <port>, tls: <tls>}}. */
  static TLSPortConfig of(int port, TLSConfig tls) {
    return builder().port(port).tls(tls).build();
  }

  /** Returns an empty builder of {@code TLSPortConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TLSPortConfig}. */
  final class Builder extends ImmutableTLSPortConfig.Builder {}
}
