package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ResourceBuilder;
import org.immutables.value.Value;

/**
 * A Gateway API {@code UDPRoute}: forwards the UDP datagrams arriving at its parent Gateways'
 * listeners to backends, usually Services.
 *
 * <pre>{@code
 * UDPRoute route = UDPRoute.builder().name("dns").namespace("kube-system")
 *     .parentRef(gateway)
 *     .rule(UDPRouteRule.to(service, 53))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#udproute">UDPRoute</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableUDPRoute.class)
public interface UDPRoute extends Route, WithUDPRoute {

  @Override
  @Value.Derived
  default String kind() {
    return "UDPRoute";
  }

  /** {@code spec}. */
  @Override
  UDPRouteSpec spec();

  /** Returns an empty builder of {@code UDPRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link UDPRoute}; the shortcuts of {@link RouteBuilder} forward to the generated metadata
   * and spec builders.
   */
  final class Builder extends ImmutableUDPRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder<Builder, UDPRouteRule> {}
}
