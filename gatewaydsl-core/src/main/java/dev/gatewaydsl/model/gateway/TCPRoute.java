package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ResourceBuilder;
import org.immutables.value.Value;

/**
 * A Gateway API {@code TCPRoute}: forwards the TCP connections arriving at its parent Gateways'
 * listeners to backends, usually Services.
 *
 * <pre>{@code
 * TCPRoute route = TCPRoute.builder().name("postgres").namespace("db")
 *     .parentRef(gateway)
 *     .rule(TCPRouteRule.to(service, 5432))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#tcproute">TCPRoute</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTCPRoute.class)
public interface TCPRoute extends Route, WithTCPRoute {

  @Override
  @Value.Derived
  default String kind() {
    return "TCPRoute";
  }

  /** {@code spec}. */
  @Override
  TCPRouteSpec spec();

  /** Returns an empty builder of {@code TCPRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TCPRoute}; the shortcuts of {@link RouteBuilder} forward to the generated metadata
   * and spec builders.
   */
  final class Builder extends ImmutableTCPRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder<Builder, TCPRouteRule> {}
}
