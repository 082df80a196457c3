package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.ResourceBuilder;
import org.immutables.value.Value;

/**
 * A Gateway API {@code HTTPRoute}: rules that send HTTP requests arriving at its parent Gateways
 * to backends, usually Services.
 *
 * <pre>{@code
 * HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("default")
 *     .parentRef(gateway)
 *     .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httproute">HTTPRoute</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRoute.class)
public interface HTTPRoute extends Route, WithHTTPRoute {

  @Override
  @Value.Derived
  default String kind() {
    return "HTTPRoute";
  }

  /** {@code spec}. */
  @Override
  HTTPRouteSpec spec();

  /** Returns an empty builder of {@code HTTPRoute}. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link HTTPRoute}; the shortcuts of {@link RouteBuilder} forward to the generated metadata
   * and spec builders.
   */
  final class Builder extends ImmutableHTTPRoute.Builder
      implements ResourceBuilder<Builder>, RouteBuilder.WithHostnames<Builder, HTTPRouteRule> {}
}
