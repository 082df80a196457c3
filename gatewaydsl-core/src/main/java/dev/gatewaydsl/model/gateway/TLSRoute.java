package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ResourceBuilder;
import org.immutables.value.Value;

/**
 * A Gateway API {@code TLSRoute}: forwards TLS connections arriving at its parent Gateways'
 * {@code TLS} listeners to backends, chosen by the SNI host name of the client.
 *
 * <pre>{@code
 * TLSRoute route = TLSRoute.builder().name("shop").namespace("shop")
 *     .parentRef(gateway)
 *     .hostname("shop.example.com")
 *     .rule(TLSRouteRule.to(service, 8443))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#tlsroute">TLSRoute</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTLSRoute.class)
public interface TLSRoute extends Route, WithTLSRoute {

  @Override
  @Value.Derived
  default String kind() {
    return "TLSRoute";
  }

  /** {@code spec}. */
  @Override
  TLSRouteSpec spec();

  /** Returns an empty builder of {@code TLSRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TLSRoute}; the shortcuts of {@link RouteBuilder} forward to the generated metadata
   * and spec builders.
   */
  final class Builder extends ImmutableTLSRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder.WithHostnames<Builder, TLSRouteRule> {}
}
